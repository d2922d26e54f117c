note: A cross-examination in a fraud trial: after the defence lawyer's tagged first question the lawyer and the witness alternate without tags; the judge breaks in with a tag, then the lawyer's tagged question restarts the alternation (one of her questions quotes an email, a quote inside a quote); prosecutors as a body, a witness named only by her first name for a stated reason, a placard with no source.
source: hallam
  kind: person
  name: Ruth Hallam
  aliases: defence lawyer Ruth Hallam | Hallam
source: pike
  kind: person
  name: Gideon Pike
  aliases: Pike
source: sandoval
  kind: person
  name: Irene Sandoval
  aliases: Judge Irene Sandoval | the judge
source: prosecutors
  kind: organization
  name: Prosecutors
source: lina
  kind: anonymous
  name: a former bookkeeper at the cooperative, identified in court only as Lina
  aliases: Lina
  justified: yes
source: ashby
  kind: person
  name: Corwin Ashby
  aliases: Ashby
---
Accountant admits he never visited orchards he certified, fraud trial hears

BRAYMOUTH (QW) — An accountant who signed off on the books of a fruit growers' cooperative for seven years told a court on Wednesday that he had never visited any of the orchards whose harvests he certified, on the third day of a fraud trial that has divided the valley's farming towns.

Gideon Pike, 58, is the prosecution's main witness against Corwin Ashby, the cooperative's former chairman, who is accused of inflating harvest figures to claim 3.1 million crowns in regional subsidies. Ashby denies the charges.

Prosecutors said in their opening statement that the cooperative had reported apple yields "⟦prosecutors|that no orchard in the valley has ever produced⟧" and that Pike's signature had given the figures "⟦prosecutors|a respectability they did not deserve.⟧"

Under cross-examination, defence lawyer Ruth Hallam tried to show that Pike, not her client, had been responsible for the numbers.

"⟦hallam|Mr. Pike, who wrote the yield figures in the annual report?⟧" Hallam asked.

"⟦pike|The cooperative's office sent them to me,⟧" Pike said.

"⟦hallam|That is not what I asked. Who wrote them?⟧"

"⟦pike|I typed them into the report. I did not invent them.⟧"

"⟦hallam|Did you check them?⟧"

"⟦pike|I checked that the columns added up.⟧"

"⟦hallam|Did you ever stand in one of those orchards?⟧"

"⟦pike|No.⟧"

"⟦hallam|Not once in seven years?⟧"

"⟦pike|I am an accountant, not a farmer.⟧"

Judge Irene Sandoval told Hallam to move on. "⟦sandoval|The witness has answered that question three ways now, and the jury has heard all of them,⟧" the judge said.

Hallam turned to a series of emails from 2022. "⟦hallam|You wrote to Mr. Ashby that the numbers 'look generous, but fine.' What did you mean by generous?⟧" she asked.

"⟦pike|That they were high.⟧"

"⟦hallam|Too high?⟧"

"⟦pike|High enough that I mentioned it.⟧"

"⟦hallam|And then you signed.⟧"

"⟦pike|And then I signed, because he assured me that they were right.⟧"

Pike told the prosecution later in the day that he had raised the yields with Ashby twice by telephone and had been told both times that the trees were young and unusually productive.

The court also heard from a former bookkeeper at the cooperative, identified in court only as Lina because she fears losing her job with another grower in the valley. She testified that she had been told to round harvest weights "⟦lina|up to the next hundred, always up.⟧"

"⟦lina|Nobody asked me to lie. They asked me to be optimistic,⟧" she said.

Hallam did not question her.

Outside the courthouse, about 40 growers stood in the rain holding placards, one of which read "⟦-|Honest apples, honest books.⟧"

Ashby, who has not spoken in court, told reporters as he left that he had "⟦ashby|nothing to hide and a great deal to explain.⟧" The trial continues on Monday with the testimony of two regional subsidy inspectors.
