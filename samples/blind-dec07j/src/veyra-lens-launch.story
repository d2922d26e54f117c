note: A technology launch in straight marks. The chief executive and a product manager "said during a livestream", the CEO carried by "she", the product manager's quote split around "he said"; two reviewers who tested the device ("wrote in a review for Gadgetline", "wrote in her review for The Circuit Review", a partial quote); a privacy advocate named with her group, carried by "she"; a regulator's letter quoted as a body ("the commission wrote", "the letter said"); the company's written reply as a body; an engineer who "asked to remain anonymous" (anonymous, no reason given: unjustified); a price and figures with thousands commas ($1,299, 250,000, 3,000).
source: tennant
  kind: person
  name: Marisol Tennant
  aliases: Tennant | Veyra's chief executive, Marisol Tennant
source: hollins
  kind: person
  name: Ravi Hollins
  aliases: Hollins | Ravi Hollins, the product manager who led the team
source: katsaros
  kind: person
  name: Owen Katsaros
  aliases: Katsaros
source: venn
  kind: person
  name: Priya Venn
  aliases: Venn
source: fitzwilliam
  kind: person
  name: Lorna Fitzwilliam
  aliases: Fitzwilliam
source: commission
  kind: organization
  name: the Consumer Data Commission
  aliases: the commission | the letter
source: veyra
  kind: organization
  name: Veyra Labs
  aliases: Veyra | the company
source: engineer
  kind: anonymous
  name: A Veyra engineer who worked on the glasses
  aliases: the engineer
  justified: no
---
Veyra unveils $1,299 camera glasses as regulator questions face-recognition plans

SAN TELMO, Calden — Veyra Labs on Tuesday unveiled its first pair of camera glasses, a $1,299 device that can translate a conversation, read a restaurant menu aloud and describe what its wearer is looking at, in a launch that drew a pointed warning from the country's data regulator before it had even begun.

The glasses, called Veyra Lens, weigh 49 grams and carry two cameras, five microphones and a small display in the right lens. They will go on sale on March 3 in about 3,000 stores. The company said it had taken more than 250,000 preorders since it first showed a prototype in September.

"⟦tennant|This is the first computer you don't have to take out of your pocket,⟧" Veyra's chief executive, Marisol Tennant, said during a livestream from the company's headquarters, which the company said had been watched by about 1.4 million people. "⟦tennant|You look at the world, and it helps you understand what you're looking at.⟧"

Tennant, who founded the company in 2017 after leaving a job designing hearing aids, said she had wanted to build the glasses since her father began losing his sight. "⟦tennant|He didn't need a screen. He needed someone standing next to him telling him which bus was coming,⟧" she said. "⟦tennant|That's the product.⟧"

The glasses do most of their processing on the device itself, the company said, and send images to its servers only when a wearer asks a question that the glasses cannot answer alone. Ravi Hollins, the product manager who led the team that built them, walked through the features on stage, including a mode that reads street signs aloud and one that shows live subtitles of a conversation in 31 languages.

"⟦hollins|We spent two years on the battery alone,⟧" Hollins said during the livestream. "⟦hollins|The first version lasted forty minutes, which is fine for a demo and useless for a life.⟧"

The shipping version runs for about nine hours between charges, he said, and its case holds three more charges. "⟦hollins|The camera light can't be switched off,⟧" he said. "⟦hollins|If the cameras are on, the people around you will know it, and that was not negotiable for us.⟧"

Early reviewers were impressed by the hardware and less sure about the price. Owen Katsaros, who tested the glasses for a week, wrote in a review for Gadgetline that the translation feature was "⟦katsaros|the closest thing to magic I have used in years⟧" but that the frames grew uncomfortable after a few hours.

"⟦katsaros|By mid-afternoon I was taking them off to rub the bridge of my nose, which is not what you want from a $1,299 pair of glasses,⟧" Katsaros wrote.

Priya Venn wrote in her review for The Circuit Review that the object descriptions were accurate most of the time but sometimes confidently wrong. "⟦venn|It told me, twice, that my neighbor's greyhound was a deer,⟧" she wrote. "⟦venn|The third time it just called him a large animal, which I suppose is progress.⟧"

The launch was overshadowed by a letter that the Consumer Data Commission sent to Veyra on Monday and made public on Tuesday morning, hours before the livestream. The commission wrote that it had "⟦commission|serious concerns⟧" about reports that the company was testing a feature that would identify people the wearer had met before.

"⟦commission|A person walking down the street has not agreed to be recognized, recorded or catalogued by a stranger's glasses,⟧" the letter said. "⟦commission|We ask that Veyra Labs confirm in writing, within 30 days, whether any such feature exists, and on what legal basis it would operate.⟧"

In a written reply posted on its website, the company said that the feature was "⟦veyra|an internal research project⟧" that would not ship with the glasses. "⟦veyra|Veyra Lens does not recognize faces, and we will answer the commission's questions in full,⟧" the company said.

A Veyra engineer who worked on the glasses, and who asked to remain anonymous, said that a version of the feature had been tested on employees last summer. "⟦engineer|It worked well enough to scare some of us,⟧" the engineer said. "⟦engineer|There was a long argument about whether it should exist at all.⟧"

Lorna Fitzwilliam, the policy director at the Open Lens Privacy Project, a group that has campaigned against camera-equipped wearables, said the letter showed that the regulator was taking the devices seriously, but that a light on the frame was not enough.

"⟦fitzwilliam|A little white light is a courtesy, not consent,⟧" Fitzwilliam said. "⟦fitzwilliam|The person in the café who gets filmed never bought the glasses and never read the terms of service.⟧"

She said her group would ask the commission to require that any images sent to Veyra's servers be deleted within 24 hours. "⟦fitzwilliam|Once a company has a billion pictures of strangers, somebody will find a use for them,⟧" she said.

Asked about the letter at the end of the livestream, Tennant said the company welcomed the scrutiny. "⟦tennant|We'd rather answer these questions now than after a million people are wearing them,⟧" she said.
