note: A conflict wire story in curly marks and curly apostrophes. "A military spokesman" quoted first and named in the next paragraph (Col. Idris Marenko), then "Marenko", "he"; two security officials who spoke on condition of anonymity with a stated reason (justified anonymous), "one of the officials said", then "the officials said" right after a quote ending in a place name (and once after a place name in paraphrase); a Western diplomat with no reason given (unjustified anonymous); residents quoted as a group in partial quotes (unjustified anonymous); one named resident carried by "she"; the foreign ministry's statement as a body ("the statement said", "It called", "urged").
source: marenko
  kind: person
  name: Idris Marenko
  aliases: Col. Idris Marenko | Marenko | The spokesman | A military spokesman
source: officials
  kind: anonymous
  name: Two security officials
  aliases: the officials | one of the officials
  justified: yes
source: ministry
  kind: organization
  name: Kethmar’s Foreign Ministry
  aliases: the statement | the foreign ministry
source: residents
  kind: anonymous
  name: residents reached by telephone
  aliases: residents
  justified: no
source: vashenko
  kind: person
  name: Teodora Vashenko
  aliases: Vashenko
source: diplomat
  kind: anonymous
  name: A Western diplomat in Pelask
  aliases: the diplomat | A Western diplomat
  justified: no
---
Shelling empties border villages in Kethmar as truce talks collapse

PELASK, Kethmar (Wire) — Artillery and rocket fire from across the Arvellan border struck at least six villages in Kethmar’s northern Tuvesh province overnight and into Tuesday, killing four civilians and sending an estimated 7,500 people south on crowded mountain roads, a day after talks on extending a two-month truce collapsed in the neutral city of Maravenne.

A military spokesman said Kethmari forces had returned fire on what he called launch positions in the hills above the Seltz valley. “⟦marenko|We did not start this, and we will not let it go unanswered,⟧” the spokesman told reporters at a briefing in the capital on Tuesday afternoon.

The spokesman, Col. Idris Marenko, said about 40 shells and rockets had landed on Kethmari territory between midnight and 6 a.m., most of them on farmland around the village of Orvesk. One rocket hit a grain store in the neighboring village of Dalmoric, where three of the four dead had lived, he said.

“⟦marenko|Our units have orders to answer fire with fire, and nothing more,⟧” Marenko said. “⟦marenko|No Kethmari soldier has crossed the border, and none will.⟧”

Two security officials, who asked that their names be withheld because only the army command may speak about troop movements, gave a grimmer account. They said Arvellan infantry had moved to within two kilometers of the border over the weekend, and that Kethmar had quietly ordered an armored brigade north from its base at Haddor.

“⟦officials|This is not a stray shell here and there. It is a pattern, and it started the night the talks ended,⟧” one of the officials said. Both said commanders expected heavier fire after dark. “⟦officials|The positions we worry about most are the ones strung along the river road below Tollan Bridge,⟧” the officials said.

Arvellan surveillance drones had also been seen on Monday evening over the market town of Velmora, the officials said, and at least one had been shot down near a police post on the edge of the town.

Kethmar’s Foreign Ministry said in a statement that it had summoned Arvellan’s ambassador and handed him a formal protest. “⟦ministry|The Republic of Kethmar holds the government in Istrana fully responsible for the deaths of its citizens,⟧” the statement said. It called the shelling “⟦ministry|a deliberate attempt to bury the Maravenne process⟧” and urged the mediators to “⟦ministry|say plainly which side walked away from the table.⟧”

Arvellan’s government did not respond to requests for comment. Its state broadcaster reported that the country’s forces had fired only at Kethmari artillery batteries that had targeted Arvellan border posts, a claim that could not be independently verified.

In Orvesk, a farming village of about 1,200 people a few kilometers from the frontier, residents reached by telephone described hours of explosions that were “⟦residents|closer than we have ever heard them⟧” and said many families had left with little more than blankets and identity papers. Residents said the first rounds fell “⟦residents|just after the dogs started barking⟧” and that the power failed soon afterward.

Teodora Vashenko, 61, who runs the village’s only shop, said she had spent the night in a cellar with her sister and two neighbors.

“⟦vashenko|We counted the explosions until we lost count. After that we just prayed,⟧” Vashenko said by phone from a school in Dalvane, about 60 kilometers to the south, where local authorities have set up cots for 900 people. “⟦vashenko|I left the shop unlocked. There is nobody left to steal anything.⟧”

She said she would not go home until the army told her it was safe. “⟦vashenko|My husband is buried in Orvesk. I will go back to him, but not yet,⟧” she said.

A Western diplomat in Pelask said the breakdown in Maravenne had surprised few of the people involved in the talks. “⟦diplomat|Both delegations came to be seen talking, not to agree on anything,⟧” the diplomat said. “⟦diplomat|The truce held because it suited both armies to rest. Now it suits one of them to push.⟧”

The diplomat said mediators from the Lake Council, the regional body that brokered the original truce in September, hoped to bring the two delegations back to Maravenne within a week, but that neither government had yet agreed to a date.

Asked whether Kethmar would send its delegation back, Marenko said that was a question for the foreign ministry. “⟦marenko|My job is the border. Right now the border is on fire,⟧” he said.

By evening, a line of trucks, buses and private cars stretched for more than 15 kilometers on the main road south out of Tuvesh, according to the regional governor’s office, which asked schools in three districts to open their doors as shelters for the night.
