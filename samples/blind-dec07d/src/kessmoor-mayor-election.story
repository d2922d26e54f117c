note: Election night in straight marks. The winning candidate named and carried by "she"; her campaign manager named and carried by "he"; the defeated mayor's concession statement as a body ("Dusek's campaign", "the statement said", "The campaign said"); two crowd chants in quotation marks (no source); exit-poll and vote figures with thousands commas; an election official who was not authorized to speak publicly (justified anonymous), then "the official said".
source: halloran
  kind: person
  name: Maren Halloran
  aliases: Halloran
source: pike
  kind: person
  name: Desmond Pike
  aliases: Pike | her campaign manager
source: dusek-campaign
  kind: organization
  name: Dusek's campaign
  aliases: The campaign | the statement
source: official
  kind: anonymous
  name: An election official who was not authorized to speak publicly
  aliases: the official
  justified: yes
---
Halloran unseats Dusek as Kessmoor mayor in record turnout

KESSMOOR (Wire) — Maren Halloran, a former school-board president who had never held city-wide office, was elected mayor of Kessmoor on Tuesday night, ending the 12-year tenure of Mayor Anton Dusek in a race that drew the highest turnout the city has recorded in three decades.

With all 214 precincts reporting, Halloran had 61,482 votes, or 54.3 percent, to Dusek's 51,870, according to unofficial results posted by the Kessmoor Board of Elections shortly after midnight. About 113,900 ballots were cast, out of roughly 171,000 registered voters.

"⟦halloran|Kessmoor, you did this,⟧" Halloran told several hundred supporters packed into the old tram depot on Vell Street that her campaign had used as its headquarters. "⟦halloran|Not me, not the ads, not the money. You knocked on the doors and you stood in the lines.⟧"

The crowd, which had been chanting "⟦-|Mar-en! Mar-en!⟧" for most of the previous hour, broke into a different refrain as she took the stage: "⟦-|Fix the bridge!⟧", the slogan that had run on every one of her yard signs since the spring.

Halloran, 47, made the Calder Street Bridge the center of her campaign. The bridge, which carried about 38,000 vehicles a day before it was closed to trucks after an inspection found corrosion in two of its main supports, has become a symbol for residents who say the city has let its roads and water mains decay.

"⟦halloran|On my first day I am going to ask for every engineering report this city has ever paid for,⟧" she said. "⟦halloran|We will have a plan on the table before the ice comes off the river.⟧"

An exit poll conducted for a group of local broadcasters, which interviewed 3,412 voters as they left polling places, found that Halloran won voters under 45 by nearly 20 points and carried every ward east of the Marrow River. The poll estimated that about 12,600 people voted for the first time, most of them in the eastern wards, and that roughly 7,900 voters who had backed Dusek four years ago switched to Halloran.

Desmond Pike, her campaign manager, said the campaign had known by late afternoon that turnout in the east was running well ahead of the last election.

"⟦pike|When the east side started calling us for more poll watchers at three o'clock, I knew,⟧" Pike said. "⟦pike|I didn't tell her, because she would have told me to stop jinxing it.⟧"

He said volunteers had knocked on about 48,000 doors in the final two weeks of the race. "⟦pike|Nobody gave us a chance in June,⟧" he said. "⟦pike|We were a school-board president with a bridge and a clipboard.⟧"

Dusek, 63, did not appear before his supporters, who had gathered in a ballroom at the Granary Hotel downtown. Shortly before 11:30 p.m., Dusek's campaign issued a statement conceding the race.

"⟦dusek-campaign|The voters of Kessmoor have made their choice, and Mayor Dusek respects it,⟧" the statement said. "⟦dusek-campaign|He has called Ms. Halloran to congratulate her and has offered his full help with the transition.⟧"

The campaign said Dusek was "⟦dusek-campaign|proud of twelve years of balanced budgets and safer streets⟧" and would make no further comment on Tuesday night. Aides began folding up the chairs in the ballroom a few minutes later.

The count was slowed in the Marrow Hill ward, where voters were still waiting outside two polling places when the polls closed at 8 p.m. An election official who was not authorized to speak publicly said the last of those voters cast ballots after 9 p.m.

"⟦official|We had people standing in the rain at twenty to nine with the doors locked behind them,⟧" the official said. "⟦official|Every one of them voted. That's the rule and we kept it.⟧"

The official said about 2,300 provisional ballots remained to be reviewed over the coming week but were too few to change the outcome. The Board of Elections is expected to certify the results on Nov. 18.

Halloran will take office on Jan. 1 with a narrow majority on the City Council, where her allies won five of nine seats. She has promised to publish the city's contracts online within 100 days and to hold a public hearing on the bridge in every ward.

Near midnight, as the tram depot emptied, she stood on a folding chair to thank the volunteers who had staffed the phones. "⟦halloran|Go home and sleep,⟧" she told them. "⟦halloran|Tomorrow we start paying for all these promises.⟧"
