note: A trial in which prosecutors speak as an institution (in court and through their written filing), a named prosecutor, a defense lawyer and the presiding judge. The key witness is identified only by her first name, with the reason given (fear for her family), and she quotes the defendant inside her own words: the inner words belong to her quote.
source: ioana
  kind: anonymous
  name: A Romanian farmworker
  aliases: Ioana | The woman | the witness
  justified: yes
source: prosecutors
  kind: organization
  name: prosecutors
  aliases: the prosecution’s filing | the prosecution | the filing
source: ferraro
  kind: person
  name: Giulia Ferraro
  aliases: Prosecutor Giulia Ferraro | Ferraro
source: bellandi
  kind: person
  name: Franco Bellandi
  aliases: Bellandi | Lattanzi’s lawyer
source: marchetti
  kind: person
  name: Elena Marchetti
  aliases: Presiding Judge Elena Marchetti | Marchetti | the judge
source: lattanzi
  kind: person
  name: Saverio Lattanzi
  aliases: Lattanzi | a labor contractor
source: union
  kind: organization
  name: the farmworkers’ union Terra e Lavoro
  aliases: The union
---
Witness tells Torre Vallana court she picked tomatoes 14 hours a day for no pay

TORRE VALLANA, Italy (QW) — A Romanian farmworker told a court in southern Italy on Wednesday that a labor contractor took her passport on the day she arrived and paid her nothing for seven weeks of work in the tomato fields, in the first day of witness testimony in one of the region’s largest exploitation trials.

The woman, identified in court only as Ioana because she fears for relatives who still live near the farms, testified from behind a screen. She is one of 23 workers whom prosecutors say Saverio Lattanzi, a labor contractor, recruited in Romania and Bulgaria in the summer of 2022 with promises of 60 euros a day.

Lattanzi, 58, has denied the charges of illegal labor brokering and extortion. He sat beside his lawyer and did not look toward the screen.

Ioana, who is 34, told the court that the workers were housed in a disused pig barn without running water and driven to the fields before dawn for shifts of up to 14 hours.

“⟦ioana|On the first day he took our passports. He said it was for the paperwork,⟧” she said through an interpreter. “⟦ioana|I asked for mine back after two weeks, and he told me, ‘You eat when the crates are full,’ and some days the crates were never full.⟧”

She said that when a man from her village complained about the pay, Lattanzi drove him to the bus station in Foggia and left him there with no money. “⟦ioana|After that nobody complained,⟧” the witness said.

Prosecutors say Lattanzi kept about 40 percent of what the farms paid for the workers’ labor and deducted rent, food and transport from the rest until nothing was left. In a filing submitted to the court before the trial, prosecutors wrote that the deductions were “⟦prosecutors|designed so that the debt would always be larger than the wage.⟧”

The prosecution’s filing also cites bank records showing that Lattanzi bought two apartments on the coast in the same year. “⟦prosecutors|The defendant’s prosperity and the workers’ debt grew at the same rate and from the same source,⟧” the filing says.

Opening the day’s hearing, Prosecutor Giulia Ferraro told the three-judge panel that the case was about “⟦ferraro|people who were treated as a cost to be reduced.⟧” Ferraro said the prosecution would call 11 of the 23 workers over the next month.

Under cross-examination, Lattanzi’s lawyer, Franco Bellandi, asked Ioana why she had not gone to the police sooner.

“⟦bellandi|You had a telephone. You were in a town with a police station. Why did you wait seven weeks?⟧” Bellandi asked.

“⟦ioana|Because I did not have my passport, and he said the police would send me home before they sent him anywhere,⟧” she replied.

Bellandi then asked whether she had signed a contract. She said she had signed a paper in Italian that she could not read.

“⟦bellandi|So you signed it,⟧” he said.

Presiding Judge Elena Marchetti cut in. “⟦marchetti|The witness has answered. Move on, counsel,⟧” the judge said.

Speaking to reporters outside the courthouse during a break, Bellandi said his client had provided transport and housing that the farms refused to provide and that the deductions had been agreed in advance. He described the prosecution’s case as “⟦bellandi|a story about an entire industry told as if it were about one man.⟧”

“⟦bellandi|If every contractor in Puglia who houses workers in poor conditions is a criminal, then we will need a much bigger courthouse,⟧” Bellandi said.

Marchetti has barred photographers from the courtroom during the workers’ testimony and ordered that their surnames not be read aloud. Ioana was escorted out through a side door by two officers of the Carabinieri.

Outside, about 30 members of the farmworkers’ union Terra e Lavoro stood at the gate. The union said in a statement that the trial was “⟦union|a rare day in court for people who are usually invisible⟧” and called for stricter inspections of the contractors who supply labor to the farms.

The trial resumes on Friday, when two more workers are expected to testify.
