note: A British match report, with single quotation marks outside and double ones inside. The managers and players speak after the match; the captain quotes his manager's half-time words inside his own quote, which stay part of his quote. The away fans' chant and a banner in the home end are quoted but have no source, and the club's post on social media is the club speaking.
source: furey
  kind: person
  name: Declan Furey
  aliases: Castlebridge manager Declan Furey | Furey | the Castlebridge manager
source: kaltenbach
  kind: person
  name: Ines Kaltenbach
  aliases: Wexmoor head coach Ines Kaltenbach | Kaltenbach | the German
source: reilly
  kind: person
  name: Tom Reilly
  aliases: Reilly | The Castlebridge captain
source: asante-bell
  kind: person
  name: Kwame Asante-Bell
  aliases: Asante-Bell | the 19-year-old
source: lindgren
  kind: person
  name: Oskar Lindgren
  aliases: Lindgren | the Wexmoor goalkeeper
source: castlebridge
  kind: organization
  name: Castlebridge City
  aliases: The club
---
Castlebridge City 2 Wexmoor Athletic 2: Asante-Bell rescues point in stoppage time

Kwame Asante-Bell scored with the last kick of the game at the Foundry Ground on Saturday to earn Castlebridge City a 2-2 draw against Wexmoor Athletic and keep alive their faint hopes of avoiding relegation.

The 19-year-old, on as a substitute for only 11 minutes, met a flick-on from a corner six minutes into stoppage time and steered a header inside the far post, setting off a pitch invasion that took stewards almost five minutes to clear.

Wexmoor had looked comfortable after goals either side of half-time from Rafael Duarte and Ben Ashcroft, and their travelling supporters spent much of the second half singing ‘⟦-|Going down, going down, going down⟧’ at the home end.

Castlebridge manager Declan Furey, whose side are still five points from safety with four matches left, said the last 20 minutes had been the best his team had played since Christmas.

‘⟦furey|I said to them at half-time, if we are going to go down, we go down with our chins up and our boots dirty,⟧’ Furey said. ‘⟦furey|For 60 minutes we weren’t good enough. For the last 30, they were magnificent, and that is the team I want to see at Harwood next week.⟧’

Castlebridge pulled one back in the 71st minute when the Wexmoor goalkeeper, Oskar Lindgren, spilled a low shot from Jack Mulvey and Tom Reilly followed up from close range.

The Castlebridge captain said the half-time team talk had been shorter than usual. ‘⟦reilly|The gaffer came in, sat down and said, “Nobody leaves this pitch with regrets,” and that was it, that was the whole speech,⟧’ Reilly said. ‘⟦reilly|Then he walked out. We sat there for a minute looking at each other.⟧’

For Asante-Bell, who signed his first professional contract in February, it was a first senior goal. ‘⟦asante-bell|I don’t remember heading it. I remember the noise,⟧’ he said. ‘⟦asante-bell|My mum is in the stand somewhere. She’s probably still screaming.⟧’

Within minutes of the final whistle the club had posted a video of the goal on social media with the caption: ‘⟦castlebridge|NOT DONE YET.⟧’

Wexmoor head coach Ines Kaltenbach was less pleased with the manner of the equaliser, insisting that her goalkeeper had been held by two Castlebridge players as the corner came in.

‘⟦kaltenbach|I have seen it on the screen three times and I will not say what I think, because I would like to be on the touchline next week,⟧’ Kaltenbach said. ‘⟦kaltenbach|But you can ask Oskar.⟧’

Lindgren, who had been booked for time-wasting earlier in the half, was in no mood to hold back. ‘⟦lindgren|One had my shirt, one had my arm. I am a goalkeeper, not an octopus,⟧’ the Wexmoor goalkeeper said.

The German, whose side stay seventh and two points off the play-off places, conceded that Wexmoor had been careless with a two-goal lead. ‘⟦kaltenbach|At 2-0 you have to kill the game. We tried to be pretty,⟧’ she said.

Before kick-off, a banner had been unfurled across the front of the home end reading ‘⟦-|Foundry born, Foundry forever⟧’, a reply to reports that the club’s owners are considering a move to a new stadium on the edge of town.

Asked whether a late point could change the mood of a season, Furey smiled for the first time. ‘⟦furey|Ask me in four weeks,⟧’ the Castlebridge manager said.
