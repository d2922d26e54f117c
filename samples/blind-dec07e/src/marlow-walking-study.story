note: A health and science story in curly marks with curly apostrophes. A study in a journal with a named lead author and unnamed co-authors ("the authors wrote", "they wrote": the lead author), then the lead author in an interview through "she"; reported speech without quotation marks ("Oduya said that ..."), which is not a gold quote; an independent expert described first ("A cardiologist at St. Aldric’s Hospital in Marlow who was not involved in the research") and named in the next sentence; a health agency's guidance quoted ("according to the agency", partial quote) and its spokeswoman named; a study participant quoted by first name only with no reason given (unjustified anonymous); the journal's name is not in quotation marks.
source: oduya
  kind: person
  name: Hanne Oduya
  aliases: Dr. Hanne Oduya | Oduya | the authors
source: amsel
  kind: person
  name: Felix Amsel
  aliases: Dr. Felix Amsel | Amsel | A cardiologist at St. Aldric’s Hospital in Marlow who was not involved in the research
source: agency
  kind: organization
  name: The National Health Standards Agency
  aliases: the agency
source: pardoe
  kind: person
  name: Celia Pardoe
  aliases: Pardoe | a spokeswoman for the agency
source: rosalind
  kind: anonymous
  name: Rosalind
  justified: no
---
Ten-minute walk after dinner lowers blood sugar in older adults, study finds

MARLOW — A 10-minute walk after the evening meal lowered blood sugar levels in adults over 55 as much as some common medicines do, according to a study published on Wednesday, and the researchers say the effect was largest in people who had never exercised regularly.

The study, which appears in the Northern Journal of Clinical Medicine, followed 1,240 adults aged 55 to 79 in three cities for six months. None had diabetes when they joined, but about half had blood sugar levels in the range that doctors describe as prediabetes.

Half of the volunteers were asked to walk for 10 minutes within half an hour of finishing dinner, at whatever pace they found comfortable. The other half were asked to keep their usual routine. By the end of the study, the walkers’ average blood sugar two hours after a meal had fallen by 14 percent, while the other group’s was unchanged.

The study was led by Dr. Hanne Oduya, a physician and researcher at Rennick University School of Medicine, with eight co-authors from Rennick and two other universities.

“⟦oduya|A short walk at the right time of day appears to do more for blood sugar than a long walk at the wrong time,⟧” the authors wrote. The muscles of the legs, they wrote, “⟦oduya|act as a sponge for the sugar that enters the blood after a meal, but only if they are asked to work while it is there.⟧”

Oduya said that the team had chosen 10 minutes because earlier surveys had found that most older adults who did not exercise said they could not find the time for anything longer. She said that the number of volunteers who dropped out was lower than in most exercise studies.

“⟦oduya|We did not ask anyone to join a gym or buy special shoes,⟧” she said in an interview. “⟦oduya|We asked them to walk around the block after dinner. Almost all of them kept doing it.⟧”

The researchers cautioned that the study was not designed to show whether the walks would prevent diabetes over the long term, and that the volunteers knew which group they were in, which could have changed other habits. “⟦oduya|A longer trial will be needed before anyone can say that this walk prevents disease,⟧” they wrote.

A cardiologist at St. Aldric’s Hospital in Marlow who was not involved in the research said the findings were convincing but should not be overstated. Dr. Felix Amsel, who has studied exercise in heart patients for two decades, said the size of the drop had surprised him.

“⟦amsel|Fourteen percent is a real number. It is the kind of change you would be pleased to see from a tablet,⟧” Amsel said. “⟦amsel|But these were mostly healthy people who agreed to take part in a walking study. They may have been more motivated than the average patient who walks into my clinic.⟧”

He said he would still recommend the walk to his patients, because it carries almost no risk. “⟦amsel|I can’t think of anyone I would tell not to do it,⟧” he said.

The National Health Standards Agency, which sets exercise guidance for doctors, already recommends that adults get “⟦agency|at least 150 minutes of moderate activity a week, spread across most days,⟧” according to the agency. Its guidance does not say anything about when to exercise.

The guidance also warns that long periods of sitting are “⟦agency|harmful in their own right, even for people who meet the weekly target,⟧” according to the agency, which is due to review its advice next year.

Celia Pardoe, a spokeswoman for the agency, said it would consider the study as part of that review. “⟦pardoe|We look at the whole body of evidence, not a single study, however good,⟧” Pardoe said. She said that the agency had received more questions about the timing of exercise in the past year than in the previous five combined.

Among the volunteers was Rosalind, 67, a retired bus driver from the town of Hethering, who said she had not walked for exercise since she was a girl.

“⟦rosalind|The first week I did it because the nurse told me to. After that I did it because my husband started coming with me,⟧” Rosalind said. “⟦rosalind|Now the dog won’t let us skip it. He sits by the door after the dishes are done.⟧”

Her blood sugar after meals fell by about a fifth over the six months, she said, and her doctor has since taken her off one of two medicines she had been prescribed for high blood pressure.

Oduya said the team was now seeking money for a two-year trial with 5,000 volunteers. “⟦oduya|If it holds up,⟧” she said, “⟦oduya|it will be the cheapest treatment we have ever tested.⟧”
