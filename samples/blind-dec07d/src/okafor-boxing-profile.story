note: A profile in straight marks built on a broadcast interview. The transcript turns (HOST: / OKAFOR:) carry no quotation marks, so they are not gold quotes; the program's name in quotation marks is a title (not a quote). In the narrative, untagged alternating quotes between the trainer and a teenage boxer after a first tagged quote; the radio host named and quoted once; a former colleague named, whose quote holds a quote inside a quote in single marks (it belongs to the outer quote); the subject carried by "she" and by her surname.
source: okafor
  kind: person
  name: Bisola Okafor
  aliases: Okafor
source: ruell
  kind: person
  name: Danny Ruell
  aliases: Ruell
source: boateng
  kind: person
  name: Harlan Boateng
  aliases: Boateng
source: farrow
  kind: person
  name: Ned Farrow
  aliases: Farrow | the host
---
At 71, the trainer who would not make the tea is still working corners

EASTGATE — The gym above the tire shop on Ferris Lane smells of liniment and old canvas, and on a Tuesday evening in November the loudest thing in it is Bisola Okafor.

She is perched on the ring apron, one hand on the middle rope, watching Danny Ruell, 15, work through a combination on the heavy bag. She calls across to him without raising her voice much: "⟦okafor|Elbow in. Again.⟧"

"⟦ruell|It is in.⟧"

"⟦okafor|Then it's lying to me. Again.⟧"

"⟦ruell|Coach, that's the tenth time.⟧"

"⟦okafor|And the eleventh will be better.⟧"

Ruell grins and throws it again. This time she nods, which, the other boxers say, is about as much praise as anyone gets on a weeknight.

Okafor has trained fighters in Eastgate for 43 years, first at the old Eastgate Boxing Club by the rail yards and, since it closed in 2011, in the room above the tire shop, which she rents for a sum she declines to disclose. Two of her boxers have fought for national titles. Most, she says, have simply stayed out of trouble.

Last month she told much of her story on "Sunday Rounds," the weekend talk program on the city's public radio station. Part of the exchange went like this:

HOST: People say you were the first woman to work a corner at the regional championships. Is that true?

OKAFOR: I was the first one they let stay. There were others before me. They got sent back to the dressing room.

HOST: What made you stay?

OKAFOR: I didn't leave. That is the whole secret. They kept telling me to go and I kept not going.

HOST: And the fighters? Did they accept you?

OKAFOR: The fighters were fine. A fighter wants someone who can stop the bleeding. He doesn't care what you look like while you do it.

The host, Ned Farrow, said afterward that the hour drew more calls than any program the station had aired that year. "⟦farrow|She's the only guest who ever made me put my coffee down and just listen,⟧" Farrow said.

Harlan Boateng, who trained fighters alongside her at the old club for 11 years, remembers the day she arrived in 1982, a nurse from the city hospital who had been coming to watch her younger brother spar.

"⟦boateng|The owner asked her if she'd come to help with the tea,⟧" Boateng said. "⟦boateng|She looked at him and said, 'I'm not here to make tea, I'm here to work corners,' and the next Saturday she was working mine.⟧"

Boateng, now 78, said her nursing training made her the best cut man in the district within a couple of years. "⟦boateng|Other corners used to send their boys over to her between bouts. We had to tell them she was ours,⟧" he said.

Okafor laughs at the story but does not dispute it. She kept working night shifts at the hospital until she retired in 2016, and says the two jobs were not so different.

"⟦okafor|In both places people come to you bleeding and frightened,⟧" she said. "⟦okafor|You clean them up, you tell them the truth, and you send them back out.⟧"

She charges the teenagers nothing. The gym's rent is paid by the adults who come in the mornings to lose weight, and by a fund that former boxers started for her 70th birthday. When the boiler failed last winter, she said, three of them turned up with the parts before she had finished the phone call.

Ruell, who came to the gym two years ago after being suspended from school for fighting, said she had given him a rule on his first day. "⟦ruell|She said I could fight in here as much as I wanted, but if I fought out there I couldn't come back,⟧" he said. "⟦ruell|I haven't been in a fight at school since.⟧"

Near the end of the radio hour, Farrow asked her when she planned to stop.

OKAFOR: When they carry me down those stairs. And they'd better not drop me, because I'll know.

At the gym, as the lights go off, she puts it more plainly. "⟦okafor|Somebody has to be here at six o'clock,⟧" she said. "⟦okafor|For now, it's me.⟧"
