note: A Q&A profile in curly double marks with straight apostrophes. The question-and-answer part uses "Q:" and "A:" labels and no quotation marks, so none of it is a gold quote; a work's title in quotation marks in the introduction (not a quote). After it, a narrative section with normal quotes from the same person (carried by "she" and by "Calloway") and from a colleague described first and named in the same sentence, then "he" and "Oyelaran"; one quote split around its tag.
source: calloway
  kind: person
  name: Ines Calloway
  aliases: Calloway
source: oyelaran
  kind: person
  name: Benedikt Oyelaran
  aliases: Oyelaran | Her longest-serving colleague
---
The woman who makes old organs breathe again

For 34 years, Ines Calloway has spent her working days inside musical instruments, most of them older than the buildings around them. Her workshop in a former bus garage on Tamsin Street in Orrhaven has restored 61 pipe organs, from a six-stop chamber instrument in a village chapel to the 4,200-pipe organ at St. Aldric's Hall, which played again in October for the first time since a roof leak silenced it in 2019. At the reopening concert, the hall's organist chose “Lanterns Over the Weir,” a piece written for the instrument in 1911. Calloway, 61, spoke to us between jobs. The conversation has been edited and condensed.

Q: How did you end up doing this?

A: By accident, like most people in this trade. I was studying to be a cabinetmaker, and a man who restored organs needed someone to make him a new case for a chapel instrument. I went to measure it, and he opened the side panel and showed me the inside. I never went back to cabinets.

Q: What did you see in there?

A: A city. Hundreds of pipes, thousands of little wooden and leather parts, all of them doing one small job so that one person at a keyboard can fill a room. I'd never seen anything so patient.

Q: What does a restoration actually involve?

A: Mostly taking things apart and writing down where they came from. At St. Aldric's we numbered every pipe before it left the building. Then you clean, you repair the leather, you replace what can't be saved, and you put it back exactly as it was, unless the way it was is the reason it broke.

Q: How do you decide what to change?

A: Very carefully, and not alone. The people who built these instruments were better at it than I am. If I change something, I want to be able to explain it to them.

Q: The St. Aldric's job took almost three years. Was there a moment you thought it wouldn't work?

A: Twice. Once when we found that the water had got into the wind chests, which are the heart of the thing, and once when the first note we played after putting it back together came out as a sort of groan. That one was a loose joint. It took a day to find and about two minutes to fix.

Q: Is there still enough work?

A: More than I can do. The trouble is that the money comes and goes and the people who can do it are getting older. I'm one of them.

Q: What would you tell someone who wants to learn?

A: Bring your patience and leave your hurry at home. And learn to listen to things that are very quiet.

Most days, the workshop is quieter than its owner's reputation would suggest. Calloway works with three others, and on a recent morning the only sound was a radio turned low and the tap of a small hammer on a pipe foot.

Her longest-serving colleague, the voicer Benedikt Oyelaran, who has worked beside her for 19 years, said she is the only person he has met who can hear a pipe going out of tune from the other end of a building.

“⟦oyelaran|She'll stop in the middle of a sentence and walk off, and you know something's wrong somewhere,⟧” Oyelaran said. “⟦oyelaran|Ten minutes later she's back and she finishes the sentence as if nothing happened.⟧”

He said the St. Aldric's job had tested all of them. “⟦oyelaran|There were weeks when we went home and didn't speak to each other, not from anger, just from being tired,⟧” he said. “⟦oyelaran|But she never once let us rush the last part. She always says the last part is the part people hear.⟧”

Calloway laughed when she was told this.

“⟦calloway|I do say that,⟧” she said, “⟦calloway|because it's true. You can do 10,000 things right inside that case and nobody will know. Do one thing wrong at the end and the whole town hears it on Sunday.⟧”

She has no plans to retire, though she has started handing the heaviest jobs to the two youngest members of the team. “⟦calloway|They have better backs than I do and worse ears, for now,⟧” she said. The next instrument on her list is a small organ from a closed convent near Halber, which has spent 40 years in a barn.

“⟦calloway|It's full of mice and it's beautiful,⟧” she said. “⟦calloway|I can't wait to open it up.⟧”
