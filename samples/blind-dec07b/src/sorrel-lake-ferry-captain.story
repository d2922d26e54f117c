note: An interview feature that mixes curly marks in the narrative with straight marks in a Q&A passage. The headline carries a quote by the captain. The Q&A opens with two tagged turns (the interviewer, a named editor at the newspaper, and the captain) and then alternates with no tags at all; the first untagged turn is the interviewer's. Around it, ordinary tagged quotes from the captain, her deckhand (named, then "he"), and the ferry authority as a body; reported speech without quotes; the boat's name in quotation marks is not a quote.
source: aldous
  kind: person
  name: Fenna Aldous
  aliases: Aldous
source: brandt
  kind: person
  name: Milo Brandt
  aliases: Brandt
source: ruane
  kind: person
  name: Callum Ruane
  aliases: Ruane
source: authority
  kind: organization
  name: The Sorrel Lake Ferry Authority
  aliases: The ferry authority | the authority
---
Sorrel Lake’s last ferry captain signs off: “⟦aldous|The lake never forgives a lazy morning⟧”

HALLOW POINT — For forty-one years, Fenna Aldous has taken the 6:40 ferry across Sorrel Lake from Hallow Point to Marrick, in fog, in gales and, twice, through ice thin enough to hear cracking under the hull. On Thursday she will make the crossing for the last time.

The Sorrel Lake Ferry Authority is retiring the route after the new causeway bridge opened in September. Aldous, 71, is the last of the line’s captains; her boat, the “Margit Ann,” will be sold.

“⟦aldous|People keep asking whether I’m sad,⟧” Aldous said on a gray morning last week, one hand on the wheel. “⟦aldous|I’m too busy to be sad. Ask me in January.⟧”

She agreed to a longer conversation on the crossing with Milo Brandt, the Hallow Point Courier’s features editor, who has ridden the 6:40 since he was a schoolboy. It has been edited for length.

"⟦brandt|Do you remember your first crossing as captain?⟧" Brandt asked.

"⟦aldous|I remember being sick over the rail in front of twenty passengers,⟧" Aldous said. "⟦aldous|The old captain told me, if you're going to do that, do it downwind.⟧"

"⟦brandt|Did anyone ever tell you a woman couldn't run this boat?⟧"

"⟦aldous|Once. He rode with me for eleven years after that. He never mentioned it again.⟧"

"⟦brandt|What's the worst day you've had out here?⟧"

"⟦aldous|February 1989. The wind turned in twenty minutes and we spent three hours getting into Marrick. Nobody on board said a word the whole way. That's how I knew they were frightened.⟧"

"⟦brandt|And the best?⟧"

"⟦aldous|Any day when nobody remembers the crossing. That's the job. You're supposed to be forgettable.⟧"

"⟦brandt|What will you do on Friday morning?⟧"

"⟦aldous|Sleep past six, if my body lets me. It won't.⟧"

Her deckhand for the past nine years, Callum Ruane, said the crew had tried to organize a farewell party and been told, firmly, that there would be none.

“⟦ruane|She said if we put up balloons she’d throw them in the lake,⟧” Ruane said. “⟦ruane|We’re putting up balloons.⟧”

He said passengers had been leaving cards and small gifts in the cabin all month, including a hand-knitted scarf in the colors of the ferry’s flag and a framed photograph of the boat in the ice of 2003.

The ferry authority said in a statement that the route had carried more than four million passengers since it opened in 1958. “⟦authority|Captain Aldous has carried a good share of them, and never lost one,⟧” the authority said. It said the boat’s bell would be given to the Hallow Point museum.

Aldous said she had not decided whether she would ever drive across the causeway. She conceded that it was faster. She would not concede anything else.

“⟦aldous|A bridge gets you there,⟧” she said. “⟦aldous|A boat makes you notice you went.⟧”

Asked what advice she would give whoever next stands at a wheel on Sorrel Lake, she did not take long. “⟦aldous|Check the sky before you check your phone,⟧” Aldous said. “⟦aldous|The lake never forgives a lazy morning.⟧”
