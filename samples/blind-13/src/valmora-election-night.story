note: An election-night story filed in pieces as the count comes in, with Windows line endings. Two candidates speak from their stages; the election commission and a polling firm speak as bodies; a campaign aide is unnamed for a reason and a senior party figure without one; supporters' chants are quoted with no source; a voter is named.
lineEndings: crlf
source: arvanitis
  kind: person
  name: Sofia Arvanitis
  aliases: Arvanitis | the governor-elect | the 44-year-old former prosecutor
source: kostakis
  kind: person
  name: Dimos Kostakis
  aliases: Gov. Dimos Kostakis | Kostakis | the governor
source: commission
  kind: organization
  name: the Valmora Electoral Commission
  aliases: The commission
source: pollster
  kind: organization
  name: the polling firm Metron
  aliases: Metron
source: aide
  kind: anonymous
  name: a Kostakis campaign aide
  aliases: The aide
  justified: yes
source: party-figure
  kind: anonymous
  name: a senior figure in the National Union party
  aliases: the party figure
  justified: no
source: national-union
  kind: organization
  name: the National Union party
  aliases: The party
source: pappas
  kind: person
  name: Eleni Pappas
  aliases: Pappas
---
Reformer Arvanitis unseats Valmora governor as rural vote collapses for Kostakis

VALMORA CITY (QW) — Sofia Arvanitis, a former anti-corruption prosecutor who had never run for office, won the governorship of Valmora province on Sunday, ending 16 years of rule by Gov. Dimos Kostakis in a result that few polls had predicted a month ago.

With 96 percent of precincts counted shortly after midnight, Arvanitis had 53.8 percent of the vote to 41.2 percent for Kostakis, the Valmora Electoral Commission said. Turnout was 68 percent, the highest in a provincial election since 2003.

Kostakis conceded at 11:40 p.m. in a brief speech at his campaign headquarters in the port district, where the music had been switched off more than an hour earlier.

"⟦kostakis|The people of Valmora have chosen, and in this province, when the people choose, we listen,⟧" Kostakis said. "⟦kostakis|I called Mrs. Arvanitis a few minutes ago to congratulate her. I told her that the job is harder than it looks from the outside.⟧"

Across the city, in a square outside the old customs house, several thousand Arvanitis supporters had been celebrating since the first exit poll was broadcast at 9 p.m. The crowd chanted "⟦-|Clean hands! Clean hands!⟧", the slogan of her campaign, as she climbed onto the stage shortly after midnight.

"⟦arvanitis|You did this. Not me, not the party, not the television. You,⟧" Arvanitis told them. "⟦arvanitis|Tomorrow morning the work begins, and I want every one of you to hold me to every word I said in this campaign.⟧"

The 44-year-old former prosecutor made her name in 2019 with the conviction of three senior officials of the provincial ports authority for taking kickbacks on dredging contracts. She ran as the candidate of the Civic Reform alliance, which until this year had never held more than four seats in the provincial assembly.

An exit poll by the polling firm Metron, released as voting closed, had shown Arvanitis ahead by 11 points. Metron said its survey of 9,400 voters at 210 polling stations found that Kostakis had lost ground most heavily in the farming districts of the north, which he carried by more than 30 points four years ago.

"⟦pollster|The rural vote did not move gradually. It moved all at once,⟧" Metron said in a note to clients.

A Kostakis campaign aide, who spoke on condition of anonymity because he was not authorized to discuss the campaign's internal polling, said the team had seen the northern districts slipping for three weeks. "⟦aide|We knew it was close up there. We did not know it was gone,⟧" the aide said. "⟦aide|The drought did more damage than any speech she gave.⟧"

The northern districts have had two failed harvests in three years, and the governor was criticized over the summer for the slow payment of emergency aid to farmers.

A senior figure in the National Union party, which has governed Valmora since 2008, was blunter. "⟦party-figure|We ran the last campaign again and hoped nobody would notice,⟧" said the party figure, who would not be identified.

The party said in a statement after midnight that it "⟦national-union|respects the verdict of the voters⟧" and would "⟦national-union|hold the new administration to account from the first day.⟧" It said it would convene its leadership on Tuesday.

The commission said it had received 43 complaints during the day, most of them about long queues in the city's eastern suburbs, where some polling stations stayed open an hour late. "⟦commission|None of the complaints received so far concerns the integrity of the count,⟧" the commission said in its final bulletin of the night.

In Loutra, a farming town in the north where Kostakis won 71 percent four years ago, Eleni Pappas, 63, said she had voted for him in every election until this one.

"⟦pappas|He came here with a helicopter in May and promised us the money would come in June. It came in October,⟧" Pappas said by telephone. "⟦pappas|My husband said, 'I will vote for the prosecutor, at least she knows what stealing looks like,' and I thought, he is right.⟧"

Arvanitis will be sworn in on Jan. 2. She has promised to publish the provincial government's contracts online within her first 100 days and to audit the emergency aid program for farmers.

Asked by reporters as she left the stage what she would do first, the governor-elect smiled. "⟦arvanitis|Sleep,⟧" she said. "⟦arvanitis|Then the contracts.⟧"

As the square emptied after 2 a.m., a group of young supporters were still singing "⟦-|Sofia, Sofia⟧" on the steps of the customs house.
