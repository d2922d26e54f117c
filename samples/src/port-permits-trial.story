note: A courtroom exchange in which question and answer follow each other with no "she asked" or "he replied": the quotes alternate between the prosecutor and the defendant. A nickname, a report title and the so-called "consulting fees" are in quotation marks but are not quotes.
source: ferrer
  kind: person
  name: Ignacio Ferrer Lozano
  aliases: Ferrer | the defendant | a former harbor master
source: valverde
  kind: person
  name: Lucía Valverde
  aliases: Prosecutor Lucía Valverde | Valverde
source: ibarra
  kind: person
  name: Marta Ibarra
  aliases: Judge Marta Ibarra | Ibarra | the judge
source: prosecutors
  kind: organization
  name: the anti-corruption prosecutor's office
  aliases: the indictment | the prosecution
source: court-official
  kind: anonymous
  name: a court official
  aliases: the court official
  justified: yes
source: ortega
  kind: person
  name: Raúl Ortega
  aliases: Ortega | his lawyer
---
Former harbor master tells court he read only the permits "⟦ferrer|that mattered⟧"

VALENCIA, Spain (QW) — A former harbor master accused of taking bribes in exchange for dock permits told a court on Tuesday that he had signed "⟦ferrer|hundreds, maybe thousands⟧" of permits without reading most of them, in a tense first day of testimony.

Ignacio Ferrer Lozano, 61, known to dock workers as "El Notario" for his habit of stamping documents in the middle of the night, is accused of receiving 2.4 million euros over six years from three shipping agents. According to the indictment, the money was paid as so-called "consulting fees" to a company registered in his brother-in-law's name.

Ferrer, who denies all charges, told the court that the fees were payment for advice he gave after leaving the port authority in 2019.

The case grew out of an audit report titled "Anchored Interests," published by the regional accounts office in 2021, which found that permits for the most profitable berths had gone to the same three agents in 41 of 44 cases.

Prosecutor Lucía Valverde questioned Ferrer for almost three hours. At one point she held up a permit dated Dec. 24, 2017, signed at 11:52 p.m.

"⟦valverde|Did you sign this permit?⟧" Valverde asked.

"⟦ferrer|I signed hundreds of permits. It was my job,⟧" Ferrer replied.

"⟦valverde|Did you read them?⟧"

"⟦ferrer|Some of them.⟧"

"⟦valverde|Which ones?⟧"

"⟦ferrer|The ones that mattered.⟧"

"⟦valverde|And this one, on Christmas Eve, at midnight, did it matter?⟧"

"⟦ferrer|I don't remember it. I cannot remember every piece of paper from eight years ago.⟧"

Judge Marta Ibarra interrupted twice to ask the defendant to answer the questions he was asked. "⟦ibarra|Mr. Ferrer, this court has all day, but not all week,⟧" the judge said, drawing laughter from the public benches.

His lawyer, Raúl Ortega, told reporters during a break that the prosecution had "⟦ortega|a spreadsheet, not a case⟧" and that none of the shipping agents had said they paid for a permit. Ortega said his client would explain the consulting work in detail when the defense presented its evidence next week.

A court official, who was not authorized to speak to the media, said two of the three shipping agents had agreed to testify for the prosecution in exchange for reduced charges. "⟦court-official|Their statements are the heart of the case. Without them there is no trial,⟧" the court official said.

The anti-corruption prosecutor's office is seeking a prison sentence of seven years and a fine of 5 million euros. The trial is expected to last until the end of February.

Outside the courthouse, a banner tied to the railings read "⟦-|Ports for everyone, not for friends.⟧" Ferrer left by a side door, past a handful of dock workers who had waited for him since the morning.
