note: A conflict-zone feature in guillemets with curly apostrophes. A named farmer quoted through an interpreter and carried by "he", with a last quote ending in a place name right before "he said"; a woman identified by first name only, with the reason given (justified anonymous); a militia commander named once, then only "the commander", one of his quotes partial; an aid group's field coordinator, her quote split around "she said"; the defense ministry's statement as a body (a partial quote); a United Nations official who was not authorized to speak publicly (justified anonymous), then "the official said", once right after a quote ending in a place name.
source: ilvani
  kind: person
  name: Rashad Ilvani
  aliases: Ilvani
source: nadira
  kind: anonymous
  name: Nadira
  aliases: A woman in the next classroom
  justified: yes
source: strakhin
  kind: person
  name: Davor Strakhin
  aliases: Col. Davor Strakhin | the commander | Its commander in the area
source: marchetti
  kind: person
  name: Elin Marchetti
  aliases: Marchetti | the field coordinator for Open Hands Relief in Halun
source: ministry
  kind: organization
  name: The Defense Ministry
source: un
  kind: anonymous
  name: A United Nations official who was not authorized to speak publicly about the negotiations
  aliases: the official | The U.N. official
  justified: yes
---
Families who fled the Tesmir Valley wait at a bridge for a road that stays closed

HALUN, Varlennia (Wire) — The school on the hill above Halun has not held a lesson since March. Its eleven classrooms now sleep about 600 people who fled the villages of the lower Tesmir Valley when the shelling moved north, and every morning a few of them walk down to the checkpoint at the bridge to ask whether the road home has opened.

It has not. The road to Kiresh, 14 kilometers to the south, runs through ground claimed by both the government and the Tesmir Defense Militia, and it has been closed to civilian traffic for seven weeks.

Rashad Ilvani, 54, a farmer who left Kiresh with his wife and four grandchildren on a tractor trailer, said through an interpreter that he had not been able to learn whether his house was still standing.

«⟦ilvani|We left the bread in the oven. That is how fast it was,⟧» Ilvani said. «⟦ilvani|My neighbor stayed to look after his cows. The last time he called me, he said the roof of the mosque was gone. Since then, nothing.⟧»

He said he walked to the checkpoint every day because he did not know what else to do. «⟦ilvani|The soldiers are polite. They give me tea. They tell me tomorrow,⟧» he said. «⟦ilvani|I have been hearing tomorrow for seven weeks.⟧»

A woman in the next classroom, who gave only her first name, Nadira, because her husband is serving with a government unit on the other side of the front line and she feared that the militia would punish his relatives in Halun, said through an interpreter that her youngest daughter had barely spoken since the night they fled.

«⟦nadira|She is four. She used to sing all day,⟧» Nadira said, holding the girl on her lap. «⟦nadira|Now when a door slams she goes under the bed. What do I tell her? That it was only a door? Some nights it wasn’t.⟧»

The militia controls Halun and the hills around it. Its commander in the area, Col. Davor Strakhin, received reporters on Tuesday in a former tax office that serves as his headquarters, with a map of the valley taped over the windows and a kettle on a camping stove in the corner.

The commander said the road would stay closed until government forces pulled their artillery back from the southern ridge. «⟦strakhin|If I open that road tomorrow, the first car that drives down it will be hit, and then everyone will say it was our fault,⟧» the commander said. «⟦strakhin|I will not send families into a firing range so that somebody can have a picture for the evening news.⟧»

Asked about accounts from residents that militia fighters had moved into empty houses in Kiresh, the commander said his men were «⟦strakhin|guarding property, not taking it⟧» and that anyone with a complaint could bring it to his office.

The Defense Ministry in the capital, Varlen, said in a statement on Wednesday that its forces had «⟦ministry|never fired on civilian areas⟧» and blamed the militia for keeping the road closed. It did not respond to questions about the artillery on the ridge.

Inside the school, the most urgent problem is water. Elin Marchetti, the field coordinator for Open Hands Relief in Halun, said the building had one working toilet for every 75 people, and that her team was treating dozens of children a day for diarrhea in a tent in the schoolyard.

«⟦marchetti|We are a few weeks from a cholera outbreak if nothing changes, and I don’t say that to frighten anyone,⟧» Marchetti said. «⟦marchetti|I say it because I have seen it in two other valleys, and it started exactly like this.⟧»

Her organization has asked both sides for permission to send water tanks and medical supplies south of the bridge, where the villages have had no regular deliveries since early October. Neither side has answered. «⟦marchetti|The trucks are loaded,⟧» she said. «⟦marchetti|What we don’t have is a signature.⟧»

The United Nations has been trying for a month to negotiate a pause in the fighting long enough to let convoys through. A United Nations official who was not authorized to speak publicly about the negotiations said the talks had stalled over who would inspect the trucks.

«⟦un|Each side wants to search the convoy, and each side says a convoy the other has searched can’t be trusted,⟧» the official said. «⟦un|It would almost be funny if people weren’t running out of flour.⟧»

The U.N. official estimated that about 9,000 people remained in the villages south of the bridge, many of them elderly. «⟦un|What worries me most is the clinic. There are still patients and one doctor in Dorvask,⟧» the official said. «⟦un|She has been asking us for insulin since September.⟧»

By late afternoon the checkpoint had closed for the day, and the men who had waited there climbed back up the hill to the school. Ilvani said he had kept the key to his front door in his shirt pocket since the day he left.

«⟦ilvani|When they open it, my tractor will be the first one on the road to Kiresh,⟧» he said.
