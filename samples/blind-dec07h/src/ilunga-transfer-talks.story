note: A sports transfer story in British style: curly single quotes as the outer mark, curly apostrophes, and double marks for a quote inside a quote (it belongs to the outer quote). People familiar with the talks who spoke on condition of anonymity with a stated reason (justified anonymous), then "one of those people" (the same source); a club official who was not authorised to discuss the negotiations (justified anonymous, a separate source), then "the official"; a named agent who declined to comment now, quoted from an earlier interview with a newspaper (the agent is the source); the newspaper quoted for its own words ("the Courier described", "the paper reported": an organization); a named manager's press conference carried by "he" and "Tully".
source: familiar
  kind: anonymous
  name: people familiar with the talks
  aliases: one of those people | One of the people familiar with the talks | the person | The people
  justified: yes
source: official
  kind: anonymous
  name: A Vessendorf official who was not authorised to discuss the negotiations
  aliases: the official
  justified: yes
source: dahlkamp
  kind: person
  name: Pieter Dahlkamp
  aliases: Dahlkamp | Ilunga’s agent
source: courier
  kind: organization
  name: the Courier
  aliases: the paper | The Courier
source: tully
  kind: person
  name: Graham Tully
  aliases: Tully | the Castlebridge manager
---
Castlebridge close in on Ilunga in club-record deal

Castlebridge Rovers are in advanced talks to sign the Vessendorf striker Mateo Ilunga for a fee that would break the club’s transfer record, with the two clubs separated by only a few million on the structure of the payments, according to people familiar with the talks.

The negotiations, first reported by the Courier on Sunday, have moved quickly since Castlebridge’s opening offer was rejected a fortnight ago. The people, who spoke on condition of anonymity because the discussions are confidential and no agreement has been signed, said the clubs had agreed on a basic fee of about £31m, with add-ons tied to appearances and to Castlebridge qualifying for Europe.

‘⟦familiar|The number isn’t the problem any more. It’s how much of it is paid up front and how much is paid over four years,⟧’ one of those people said. ‘⟦familiar|Vessendorf want the cash now. Castlebridge want to spread it out.⟧’

Ilunga, 24, scored 19 league goals last season and has two years left on his contract at Vessendorf, where he has played since joining the club’s academy at 15. He is understood to have agreed personal terms with Castlebridge in principle.

The Courier described Castlebridge’s latest offer as ‘⟦courier|the biggest bid the club has ever made for a single player⟧’ and said a medical could be arranged within days if the fee was settled. The paper reported that a rival club in the south had made an approach in the summer but had not followed it with a formal bid.

Vessendorf are reluctant to sell their top scorer before the winter window closes, and insist they will not be rushed. A Vessendorf official who was not authorised to discuss the negotiations said the club would only let Ilunga go on its own terms.

‘⟦official|Mateo is not for sale at any price that’s been mentioned in the papers,⟧’ the official said. ‘⟦official|If Castlebridge want him, they know what it costs, and they know we don’t need to sell.⟧’

The official added that the club had already drawn up a list of possible replacements, but said no approach would be made for any of them ‘⟦official|until we know where we stand with Mateo.⟧’

Ilunga’s agent, Pieter Dahlkamp, declined to comment on Monday. In an interview with the Courier in March, Dahlkamp said his client was ‘⟦dahlkamp|happy at Vessendorf, but not so happy that he would say no to the right project⟧’, and that the player wanted to test himself at a bigger club ‘⟦dahlkamp|while he is still improving, not when he has stopped.⟧’

At his press conference before Wednesday’s home game against Arden Vale, the Castlebridge manager, Graham Tully, refused to confirm the talks but did little to dampen the speculation.

‘⟦tully|I’m not going to talk about another club’s player. That would be disrespectful, and I’d be annoyed if someone did it to me,⟧’ Tully said. ‘⟦tully|What I will say is that we’ve been clear all season that we need another goal threat, and that hasn’t changed.⟧’

Asked whether the club’s owners had given him the money to break the transfer record, he smiled.

‘⟦tully|Every week someone asks me about “the big signing”, as if I keep him in a cupboard,⟧’ he said. ‘⟦tully|When there’s something to announce, the club will announce it. Until then I’ve got a game on Wednesday and a squad that deserves my full attention.⟧’

Tully has relied on the 33-year-old Rhys Cadogan as his main striker this season, and Castlebridge have scored only 14 goals in 15 league games, the fourth-lowest total in the division. Cadogan missed three weeks in October with a hamstring injury, and the club did not win a game while he was out.

One of the people familiar with the talks said Castlebridge had hoped to finish the deal before Christmas so that Ilunga could be registered for the first game of the new year.

‘⟦familiar|Everybody wants it done. The player wants it done,⟧’ the person said. ‘⟦familiar|But Vessendorf know they are holding the cards, and they are going to play every one of them.⟧’

Castlebridge, who finished ninth last season, sit 11th, five points off the European places. They have not paid more than £22m for a player since they were promoted eight years ago, when the club was bought by a consortium led by the property developer Arthur Keene.

Vessendorf host Dunmarsh on Saturday. Ilunga has started each of their last 12 matches, and the official said he was expected to play.
