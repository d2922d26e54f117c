note: A football postgame story in curly marks with curly apostrophes. The home manager named and carried by "she"; the captain named once ("Rovers captain Callum Ardrey", in the narrative of a goal, before any of his quotes) and afterwards only "the captain" (and "Callum" inside a team-mate's quote), once through a colon-introduced quote; a striker named and carried by "he", whose quote holds a quote inside a quote in single curly marks (it belongs to the outer quote, the striker's); the visiting manager first mentioned in an em-dash attribution after his quote ("— that was the verdict of Marsk City manager Gerrit Mallender"), then carried by "he"; a crowd chant in quotation marks (no source); a nickname in quotation marks (not a quote).
source: thorsby
  kind: person
  name: Ines Thorsby
  aliases: Thorsby | Rovers manager Ines Thorsby
source: ardrey
  kind: person
  name: Callum Ardrey
  aliases: the captain | Rovers captain Callum Ardrey
source: velde
  kind: person
  name: Tomás Velde
  aliases: Velde
source: mallender
  kind: person
  name: Gerrit Mallender
  aliases: Mallender | Marsk City manager Gerrit Mallender
---
Velde double completes Rovers’ comeback as Marsk City collapse late

DUNHOLLOW — For an hour on Saturday, Dunhollow Rovers looked like a team that had forgotten how to win at home. Then Tomás Velde scored twice in nine minutes, and Rovers came from two goals down to beat Marsk City 3-2 in front of 18,412 fans at Quarry Lane, their first league win at home since August.

Marsk City led 2-0 at half-time through a header from Owen Brask and a deflected shot from Lukas Ferrante, and they might have had a third when Brask hit the post early in the second half.

Rovers manager Ines Thorsby made two changes on the hour, sending on the 19-year-old winger Ade Moyo and moving Velde into the centre. Within four minutes Moyo had crossed for Rovers captain Callum Ardrey, the club’s longest-serving player, to head in from six yards.

“⟦thorsby|I told them at half-time that I didn’t care about the score, I cared about the way we were playing, which was frightened,⟧” Thorsby said. “⟦thorsby|The second half was the team I know. They stopped waiting for something bad to happen.⟧”

Velde equalised in the 71st minute, turning his marker on the edge of the area and shooting low inside the far post, and scored the winner in the 80th with a chip over the goalkeeper, Dries Vandam, who had come off his line to meet him.

As the ball dropped into the net the home end rose, and the chant of “⟦-|We want four! We want four!⟧” rolled around the ground until the final whistle.

Velde, who joined Rovers from a second-division club in the summer for a fee of about £2.1 million, had not scored in his previous seven games and had been jeered by some fans when he was substituted against Harwick a fortnight ago.

“⟦velde|Callum came to me when we went one-nil down and said, ‘Stop looking at the bench, just look at the goal,’ so that’s what I did,⟧” Velde said. “⟦velde|It sounds simple. In football the simple things are the hardest.⟧”

He said he had not heard the jeers against Harwick, then laughed. “⟦velde|Okay, I heard them,⟧” he said. “⟦velde|Maybe today they will sing something else.⟧”

The captain, 33, who was making his 400th appearance for the club, said the dressing room at half-time had been quieter than angry. “⟦ardrey|Nobody threw anything. Nobody had to,⟧” the captain said. “⟦ardrey|We all knew we’d let the people down.⟧”

Asked about Velde’s winner, the captain was blunt: “⟦ardrey|That’s why we paid the money. Everyone in that dressing room has been waiting for him to do that, including him.⟧”

Thorsby said she had considered taking Velde off before his first goal. “⟦thorsby|I had the board ready with his number on it,⟧” she said. “⟦thorsby|Then he scored, and I put it behind my back and hoped nobody had seen it.⟧”

The defeat leaves Marsk City 14th, three points above the relegation places, and it was the third time this season they have lost a match in which they led at half-time.

“⟦mallender|We stopped playing at 2-0 and started defending our lead instead of extending it, and against a team with Rovers’ quality you pay for that⟧” — that was the verdict of Marsk City manager Gerrit Mallender, who stood in the corridor outside the away dressing room for several minutes before speaking to reporters.

Mallender, whose side is known to its fans as “the Lamplighters” for its habit of late goals, said he did not blame his goalkeeper for the winner. “⟦mallender|Dries made the right decision. Tomás made a better one,⟧” he said. “⟦mallender|I will take responsibility for the rest of it. We were passive, and passive teams lose.⟧”

He said Brask had a swollen ankle and would be assessed on Monday before City’s cup tie against Aldmere on Wednesday.

For Rovers, who climbed to sixth, the win ended a run of four home games without a victory. Thorsby said she would give her players Sunday off.

“⟦thorsby|They have earned a day with their families,⟧” she said. “⟦thorsby|On Monday we start again, and I hope we start the way we finished, not the way we began.⟧”

As the crowd filed out of Quarry Lane, the chant had changed. A few hundred fans in the north stand were still singing Velde’s name.
