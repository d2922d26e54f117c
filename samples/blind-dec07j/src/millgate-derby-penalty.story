note: A football match report in British style: curly single quotation marks with curly apostrophes inside them (one word ends in an apostrophe, "referees’"). Two head coaches at the post-match press conference, one quote split around an inverted tag ("said Garrity") and one split around "she said"; the home coach's partial quote in the first paragraph; a striker quoted from two Instagram posts ("wrote on Instagram", then "she wrote that", a partial quote); the league's statement explaining the referee's decision, as a body ("the league said"); two fan chants in quotation marks, one naming the referee (no source); the stadium announcer's words (an unnamed person, no reason given: unjustified anonymous); the home captain.
source: radley
  kind: person
  name: Fiona Radley
  aliases: Radley | Ashcombe Town’s head coach, Fiona Radley
source: garrity
  kind: person
  name: Niall Garrity
  aliases: Garrity | The Pellbridge head coach
source: amankwah
  kind: person
  name: Jodie Amankwah
  aliases: Amankwah
source: league
  kind: organization
  name: the Northern Counties League
  aliases: the league
source: announcer
  kind: anonymous
  name: the stadium announcer
  justified: no
source: norrington
  kind: person
  name: Beth Norrington
  aliases: Norrington | Ashcombe’s captain, Beth Norrington
---
Amankwah’s late penalty rescues Pellbridge as Ashcombe fume over handball call

Ashcombe Town 2 Pellbridge United 2

ASHCOMBE — Jodie Amankwah scored from the penalty spot in the sixth minute of stoppage time to give Pellbridge United a 2-2 draw at Millgate Park on Saturday, a decision that left Ashcombe Town’s head coach, Fiona Radley, saying she had ‘⟦radley|never seen anything like it⟧’ in 20 years in the game.

Ashcombe had led 2-0 for most of the afternoon in front of a crowd of 4,812, the largest at Millgate Park this season, through a header from their captain, Beth Norrington, in the 23rd minute and a low drive from Kaya Ellsworth just before the hour.

Pellbridge pulled one back when the substitute Maddie Frain turned in a cross at the near post in the 79th minute, and they pressed for the rest of the match. With the clock showing 95:40, a cross from the right struck the Ashcombe defender Hanna Lusk as she jumped with Amankwah, and the referee, Callum Tresize, pointed to the spot after a brief pause.

Amankwah sent the goalkeeper the wrong way. The home supporters in the Mill Road stand, who had been singing ‘⟦-|Blue and gold, we never fold⟧’ for most of the second half, turned on the official, chanting ‘⟦-|Tresize, Tresize, what did you see?⟧’ until well after the final whistle.

A handful of supporters climbed onto the advertising boards at the Mill Road end as the players left the pitch, and the stadium announcer told the crowd: ‘⟦announcer|Please stay off the pitch. Anyone who enters the field of play will be removed from the ground and may be banned from Millgate Park.⟧’ Stewards persuaded them back into the stand, and nobody was arrested.

At her post-match press conference, Radley said she had watched the incident several times before coming out to speak.

‘⟦radley|I’ve seen it six times on the laptop in my office,⟧’ Radley said. ‘⟦radley|It hits her shoulder. Her shoulder. I’d like somebody to show me where the arm is, because I can’t find it.⟧’

She added that her side had deserved to win. ‘⟦radley|We were the better team for 90 minutes and we walk off with a point and a grievance, and a grievance isn’t worth much in this league,⟧’ she said.

The Pellbridge head coach, Niall Garrity, whose side stay third, two points behind Ashcombe, was more sympathetic to the referee.

‘⟦garrity|From where I was standing it looked a penalty all day long,⟧’ said Garrity. ‘⟦garrity|But I was sixty yards away, so I’m not going to sit here and pretend I saw it better than he did.⟧’

He was happier talking about his side’s response. ‘⟦garrity|Two-nil down, away from home, in a derby?⟧’ he said. ‘⟦garrity|I’ll take the point, and I’ll take the character even more.⟧’

Amankwah, who did not attend the press conference, wrote on Instagram on Saturday evening: ‘⟦amankwah|Never stop running. Proud of this group and proud of this shirt. Respect to Ashcombe, that was a proper derby.⟧’

In a second post an hour later, after several users had left abusive comments under the first, she wrote that ‘⟦amankwah|the ref doesn’t deserve the messages he’s getting, and neither does Hanna⟧’.

On Sunday, the Northern Counties League said in a statement that it had reviewed footage of the incident from three angles and that the decision would stand.

‘⟦league|The referee judged that the defender’s arm was raised away from her body and made her body unnaturally bigger, and that the ball struck the upper arm rather than the shoulder,⟧’ the league said. ‘⟦league|Having reviewed the available footage, the league’s referees’ panel is satisfied that the decision was correct in law.⟧’

The league said it would also look at the behaviour of supporters after the final whistle and would write to both clubs this week.

Ashcombe’s captain, Beth Norrington, said the squad would not dwell on the result, with a trip to second-placed Corley Vale on Wednesday night. ‘⟦norrington|It hurts tonight,⟧’ she said. ‘⟦norrington|By Monday it has to be gone, or Corley will make us pay for it.⟧’

Ashcombe remain top with 31 points from 14 matches. Pellbridge, who have lost once since September, host Wexham Athletic on Sunday.
