note: A court verdict in curly marks. A named jury foreperson carried by "she"; the victim's sister named; a defense attorney whose quote is split around its tag; the district attorney's office statement as a body ("the office said"); the judge quoted from the bench, carried by "she"; the defendant's words read from a letter ("Vasko wrote": the defendant is the source); a witness named once, then only "the witness".
source: almqvist
  kind: person
  name: Judith Almqvist
  aliases: Almqvist | The foreperson
source: colquitt
  kind: person
  name: Tessa Colquitt
  aliases: Colquitt | Mardell’s sister
source: ekwueme
  kind: person
  name: Ramona Ekwueme
  aliases: Superior Court Judge Ramona Ekwueme | Ekwueme | the judge
source: serrat
  kind: person
  name: Lionel Serrat
  aliases: Serrat | His attorney
source: vasko
  kind: person
  name: Corin Vasko
  aliases: Vasko
source: da
  kind: organization
  name: The Dunmore County District Attorney’s Office
  aliases: the office
source: thrale
  kind: person
  name: Gideon Thrale
  aliases: the witness | Thrale
---
Jury convicts Harbor Street bar owner of manslaughter in carpenter’s death

DUNMORE (Wire) — A Dunmore County jury on Friday found bar owner Corin Vasko guilty of manslaughter in the death of Owen Mardell, a 29-year-old carpenter who was beaten outside Vasko’s bar on Harbor Street in August of last year, rejecting the prosecution’s murder charge after three days of deliberations.

The jury of seven women and five men acquitted Vasko, 44, of second-degree murder. He faces up to 15 years in prison when he is sentenced on Feb. 9.

The foreperson, Judith Almqvist, a retired pharmacist, spoke briefly to reporters on the courthouse steps.

“⟦almqvist|We went through every minute of that video more times than I can count,⟧” Almqvist said. “⟦almqvist|Nobody in that room thought this was easy.⟧”

She said the jurors had been divided on the murder count from the first morning. “⟦almqvist|In the end we could not say he meant to kill anyone,⟧” she said. “⟦almqvist|But every one of us could say he should have stopped.⟧”

Mardell’s sister, Tessa Colquitt, who attended every day of the two-week trial, wept as the verdict was read.

“⟦colquitt|Owen walked into that bar to pick up his jacket and he never walked out,⟧” Colquitt said afterward. “⟦colquitt|Manslaughter is a word. My brother is gone.⟧”

Superior Court Judge Ramona Ekwueme thanked the jurors and ordered Vasko held without bail until sentencing. “⟦ekwueme|This jury has done difficult work with great care, and the court is grateful to each of you,⟧” she said from the bench.

Turning to the gallery, where members of both families sat a few rows apart, the judge added: “⟦ekwueme|I will ask everyone in this room to leave it quietly and to leave each other alone.⟧”

Vasko showed no reaction as the verdict was read. His attorney, Lionel Serrat, said he would appeal.

“⟦serrat|We respect the work this jury did,⟧” Serrat said, “⟦serrat|but this verdict rests on eleven seconds of video that the jurors were never allowed to see in full.⟧”

During the trial, Serrat argued that Vasko had stepped in to protect a bartender whom Mardell had shoved, and that a second security camera, whose footage Ekwueme excluded because it had been copied without a record of who handled it, showed Mardell reaching for a bottle. He called that ruling “⟦serrat|the heart of our appeal.⟧”

Outside the courthouse, Serrat read aloud from a letter that he said Vasko had written in jail the night before closing arguments.

“⟦vasko|I think about Owen Mardell every day,⟧” Vasko wrote. “⟦vasko|I did not want him dead. I wanted him out of my bar, and I will carry what happened after that for the rest of my life.⟧”

Colquitt, asked about the letter, shook her head and walked to a waiting car.

The prosecution’s case rested in large part on the testimony of Gideon Thrale, a delivery driver who was parked across Harbor Street when the fight spilled out of the bar shortly after 1 a.m. He was the only person other than Vasko who saw the whole of it.

On the fourth day of the trial, the witness told jurors that Mardell had stopped moving well before the blows stopped. “⟦thrale|He was already on the ground. He wasn’t getting up,⟧” the witness said.

Under cross-examination, the witness acknowledged that he had been about 30 meters away and that a parked van partly blocked his view. But he did not move from his account. “⟦thrale|I yelled at him to stop. I yelled it twice, and I know he heard me,⟧” the witness said.

The Dunmore County District Attorney’s Office said in a statement that it was “⟦da|disappointed that the jury did not return a murder conviction⟧” but that the verdict “⟦da|holds Mr. Vasko accountable for a death that never had to happen.⟧”

“⟦da|We will ask the court for the maximum sentence the law allows,⟧” the office said.

Mardell, who grew up in the city’s Westpoint neighborhood, had been building cabinets for a restaurant two doors from the bar and had left his jacket there the night before. A memorial fund in his name has raised about $41,000 for apprenticeships in the carpentry trade.
