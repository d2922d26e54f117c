note: A local sports story in curly marks. The coach is introduced once and carried by "he" across several paragraphs, including a quote split around its tag; two players are named (one a goalkeeper introduced by role and name, one a striker whose nickname appears in quotation marks and is not a quote); the fans' chant is in quotation marks and has no source; the opposing club speaks through a statement as a body; a referee's decision is reported without quotes.
source: fenwick
  kind: person
  name: Dale Fenwick
  aliases: Millbeck manager Dale Fenwick | Fenwick
source: pell
  kind: person
  name: Jonah Pell
  aliases: Pell
source: ardie
  kind: person
  name: Callum Ardie
  aliases: goalkeeper Callum Ardie | Ardie
source: askern
  kind: organization
  name: Askern Athletic
  aliases: the club | Askern | the statement
---
Millbeck Rovers stun Askern in county cup with ten men

MILLBECK — For eighty minutes on Saturday, Millbeck Rovers did little more than survive. Then Jonah Pell found a yard of space at the far post, and a club that was playing in the sixth division three years ago was through to the semifinals of the Harwick County Cup.

Pell’s header, his ninth goal of the season, gave the home side a 1-0 win over Askern Athletic, who sit two divisions above them and had not lost a cup tie since 2023. Rovers played the last half hour with ten men after defender Owen Tasker was sent off for a second yellow card.

“⟦fenwick|I’ve been in football twenty-six years and I don’t think I’ve ever been prouder of a group,⟧” Millbeck manager Dale Fenwick said afterward, standing in the narrow corridor outside the home dressing room. “⟦fenwick|We were hanging on. I’m not going to pretend otherwise.⟧”

Fenwick, a former Millbeck player who took over the club in 2022 when it was close to folding, had spent much of the second half crouched on the edge of his technical area. He said he had told his players at halftime to stop trying to match Askern’s passing and to “⟦fenwick|make every ball a fight.⟧”

“⟦fenwick|They’re a better side than us on paper,⟧” he said, “⟦fenwick|but paper doesn’t defend corners.⟧”

He was less happy about the red card. Tasker’s second booking came for a sliding challenge near the halfway line that several Millbeck players thought had won the ball cleanly.

“⟦fenwick|I’ll look at it again tonight and I’ll probably still be angry tomorrow,⟧” he said. “⟦fenwick|But we don’t get to complain about referees on a day like this.⟧”

The referee, Martin Colby, told a pool reporter that he had judged the tackle reckless and that Tasker had already been warned twice.

The goal came from Rovers’ first corner of the match. Winger Sol Idowu swung the ball long, Askern’s goalkeeper stayed on his line, and Pell, known around the ground as “The Postman” because he works early shifts sorting mail before training, rose above two defenders.

“⟦pell|Honestly, I shut my eyes,⟧” Pell said, laughing. “⟦pell|I heard the noise before I saw the net move.⟧”

The crowd of 2,140, the largest at Fellside Park in more than a decade, spent the final minutes on its feet, the home end chanting “⟦-|Blue and white, we never die⟧” as Askern pushed forward with five attackers.

Much of the credit went to goalkeeper Callum Ardie, who made three saves in stoppage time, the last a full-length dive to push a free kick around the post.

“⟦ardie|I didn’t see the free kick until it was past the wall,⟧” Ardie said. “⟦ardie|You just go and hope your hand is in the right place. Today it was.⟧”

Ardie, 19, is on loan from Harwick City and was playing only his fourth senior match. He said Fenwick had taken him aside before kickoff and told him that nobody expected anything of Millbeck. “⟦ardie|He said that was the best thing about it,⟧” Ardie said.

Askern, who had won the cup four times in the past decade, did not make their manager available to reporters. In a statement issued an hour after the final whistle, the club said it had no complaint about the refereeing, calling Tasker’s dismissal “⟦askern|not the reason we lost.⟧”

“⟦askern|Millbeck deserved their win and we wish them well in the semifinal,⟧” the statement said.

Rovers will play Dunford Town or Coldwater United at home next month. Fenwick said he would be watching the other quarterfinal on Tuesday but would not let his players think about it before their league match on Wednesday.

“⟦fenwick|We’ve got a relegation fight to worry about first,⟧” he said. “⟦fenwick|The cup is a lovely story. The league pays the bills.⟧”
