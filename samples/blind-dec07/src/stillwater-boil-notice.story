note: A radio interview printed mostly as a transcript, with speaker labels in capitals before straight quotation marks, between narrative paragraphs in curly quotation marks. The host reads a listener's message inside his own quote, which stays his quote; a caller is identified only by a first name with no reason given, so is anonymous and not justified. An excerpt printed without quotation marks is not quotes. The utility and the state health department also speak as bodies, and a councilwoman is named.
source: wren
  kind: person
  name: Tobias Wren
  aliases: WREN | Wren
source: marquardt
  kind: person
  name: Helga Marquardt
  aliases: MARQUARDT | Marquardt | the utility's director
source: dee
  kind: anonymous
  name: a caller who gave her name only as Dee
  aliases: DEE, IN NORBURY | Dee
  justified: no
source: utility
  kind: organization
  name: the Stillwater Valley Water Authority
  aliases: the authority | the utility
source: health-dept
  kind: organization
  name: The state health department
  aliases: the department
source: achterhof
  kind: person
  name: Renata Achterhof
  aliases: Councilwoman Renata Achterhof | Achterhof
---
Water chief, on air, apologizes for boil notice: "⟦marquardt|We should have told you sooner⟧"

STILLWATER — Nine days into a boil-water notice covering about 61,000 homes, the head of the Stillwater Valley Water Authority went on the air Wednesday morning to answer questions from listeners, and, for the first time, to apologize.

Helga Marquardt, the utility's director since 2021, spent nearly 40 minutes on Valley Public Radio's morning program with host Tobias Wren. The authority issued the notice on Nov. 28 after routine tests found E. coli bacteria in samples from two reservoirs in the northern part of the valley.

Marquardt began by saying the water would be safe to drink “⟦marquardt|by the weekend, if the next two rounds of tests come back clean,⟧” and then took questions. Parts of the conversation follow, condensed.

WREN: "⟦wren|Let's start with the question everybody is asking. Why did it take three days to tell people not to drink the water?⟧"

MARQUARDT: "⟦marquardt|The first positive sample came on a Friday evening. We retested over the weekend, because a single sample can be contaminated in the lab. That was our procedure. In hindsight, the procedure was wrong, and we should have told you sooner. I'm sorry.⟧"

WREN: "⟦wren|We've had a lot of messages this morning. One listener, Colin, writes: 'I have been boiling water for nine days for a baby and a grandmother. Nobody from the authority has knocked on a single door on my street.' What do you say to him?⟧"

MARQUARDT: "⟦marquardt|I say he's right to be angry. We put the notice on our website and on the radio, and we assumed that was enough. For people who don't listen to the radio or don't go online, it wasn't.⟧"

The authority said in a statement on Tuesday that it had begun delivering bottled water to about 2,300 households registered as having an elderly or disabled resident, and that crews would “⟦utility|flush every main in the affected zone before the notice is lifted.⟧”

Later in the hour, Wren took calls from listeners, among them a caller who gave her name only as Dee and said she ran a business in Norbury.

DEE, IN NORBURY: "⟦dee|I run a day care with 18 kids. I've spent more than $400 on bottled water. Who pays me back?⟧"

MARQUARDT: "⟦marquardt|I can't promise you a check on the radio. What I can promise is that the board will vote next week on a relief fund for small businesses, and I will be recommending it.⟧"

DEE, IN NORBURY: "⟦dee|Recommending it. OK.⟧"

The state health department, which must approve the lifting of the notice, said in a separate statement that it was “⟦health-dept|working closely with the authority⟧” and had sent two inspectors to the northern reservoirs. The department said it had no evidence that anyone had fallen ill from drinking the water.

Councilwoman Renata Achterhof, whose district includes Norbury, said after the broadcast that the apology was welcome but late. “⟦achterhof|It took nine days and a radio microphone,⟧” she said. “⟦achterhof|I want to know what changes in the procedure, in writing, before the next time.⟧”

Near the end of the program, Wren asked about the cause of the contamination. The exchange, as broadcast:

WREN: Do you know how the bacteria got into the reservoirs?

MARQUARDT: We have a theory, a damaged vent cover at the Hollin reservoir, but I'm not going to give you a theory as a fact. Not after this week.

Asked whether she would resign, Marquardt said she had not been asked to and would not offer.

MARQUARDT: "⟦marquardt|My job right now is to get clean water to 61,000 homes. When that's done, the board can judge me, and it should.⟧"

WREN: "⟦wren|Helga Marquardt, thank you for coming in.⟧"
