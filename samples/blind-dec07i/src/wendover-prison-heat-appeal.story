note: An appeals-court ruling in curly marks and curly apostrophes. The majority opinion quoted through "wrote Judge Harriet Oduya for the majority" in a quote split around its tag whose second part runs on into a second paragraph (first paragraph left open), once with an ellipsis, and once through "The majority wrote" (the opinion's named author, as with a study's lead author); the dissent through "Judge Lawrence Peltier wrote in dissent", then "Peltier wrote" and "he wrote"; the court as a body ("the court said", partial quote after "the court called"); the plaintiff's lawyer named and carried by "she"; the plaintiff named; a spokesman for the attorney general's office named once, then "the spokesman".
source: oduya
  kind: person
  name: Harriet Oduya
  aliases: Judge Harriet Oduya | Oduya | the majority
source: peltier
  kind: person
  name: Lawrence Peltier
  aliases: Judge Lawrence Peltier | Peltier
source: court
  kind: organization
  name: The Wendover Court of Appeals
  aliases: the court
source: abella
  kind: person
  name: Corinne Abella
  aliases: Abella
source: banfield
  kind: person
  name: Loretta Banfield
  aliases: Mrs. Banfield | Banfield’s mother
source: delory
  kind: person
  name: Marcus Delory
  aliases: the spokesman | Delory
---
Appeals court revives mother’s lawsuit over son’s death in overheated prison cell

HALSTEAD, Wendover — A divided state appeals court on Thursday revived a wrongful-death lawsuit brought by the mother of a prisoner who died of heatstroke in a cell at the Crane Hollow Correctional Facility, ruling that prison officials could be held liable if they knew the cells were dangerously hot and did nothing.

The Wendover Court of Appeals voted 2 to 1 to overturn a trial judge’s decision that had dismissed the suit in 2024. The case now returns to the Brandt County Circuit Court for trial.

Darnell Banfield, 34, was found unresponsive in his cell on the upper tier of the prison’s D block on July 19, 2023, during a week when outdoor temperatures in the valley reached 41 degrees Celsius. A medical examiner found that his body temperature had reached 42.7 degrees. He was serving a four-year sentence for burglary and was due for parole review in the fall.

The majority held that the prison’s own temperature logs, which recorded readings above 38 degrees on the upper tier for nine straight days, were enough to let a jury decide whether officials had ignored an obvious risk.

“⟦oduya|The logs were not hidden in a drawer,⟧” wrote Judge Harriet Oduya for the majority, joined by Judge Samuel Okonkwo-Reyes. “⟦oduya|They were filled in by hand, twice a day, by the officers on that tier, and they were signed by a lieutenant every evening.⟧

“⟦oduya|A prison that writes down the danger every morning cannot tell a court that it did not know.⟧”

The state had argued that it had no constitutional duty to install air conditioning and that the fans and ice water it provided during heat waves were a reasonable response. The majority rejected that framing.

“⟦oduya|The question is not whether Wendover must cool its prisons … but whether officers who watched a man grow sicker for three days were entitled to do nothing about it,⟧” Oduya wrote. Court records show that Banfield asked to see a nurse twice in the days before his death.

The majority wrote that the trial judge had “⟦oduya|asked the wrong question and then answered it too early.⟧”

“⟦court|The plaintiff is entitled to put her evidence before a jury,⟧” the court said in a short statement released with the opinion. “⟦court|Today’s decision says nothing about who should win that trial.⟧” The court called its ruling “⟦court|narrow, and deliberately so.⟧”

Judge Lawrence Peltier wrote in dissent that the majority had stretched the law on prison conditions to reach a sympathetic result.

“⟦peltier|No one reading this record can be untouched by what happened to Mr. Banfield,⟧” Peltier wrote. “⟦peltier|But sympathy is not a legal standard, and the standard our precedents set ... has not been met here.⟧”

He wrote that the officers on duty had handed out ice and moved some prisoners to a cooler wing, and that the decision about who to move had been made by medical staff, not by the officers named in the suit. “⟦peltier|The majority faults these officers for a judgment they were not permitted to make,⟧” he wrote.

The lawsuit was filed by Banfield’s mother, Loretta Banfield, a school bus driver in the town of Meriden Falls. Her lawyer, Corinne Abella, said the ruling was the first time a Wendover appeals court had allowed a heat-death claim against prison staff to go to trial.

“⟦abella|For two years the state has told this family that the heat was nobody’s fault, like the weather itself was the defendant,⟧” Abella said in an interview. “⟦abella|Now twelve people from Brandt County are going to read those logs for themselves.⟧”

She said the family would seek documents showing what prison managers had been told about temperatures on the upper tiers in earlier summers. “⟦abella|We don’t believe July 2023 was the first hot week at Crane Hollow,⟧” she said, “⟦abella|and we don’t believe it was the first time somebody wrote it down.⟧”

Reached by telephone, Mrs. Banfield said she had read the opinion twice on her lunch break. “⟦banfield|I just wanted somebody with power to say out loud that my son didn’t have to die,⟧” she said.

Marcus Delory, a spokesman for Attorney General Ruth Hanlon’s office, which defended the state in the appeal, said the office was reviewing the decision and had not decided whether to ask the full appeals court to rehear the case.

“⟦delory|The department has installed cooling in two housing units since 2023 and has more planned,⟧” the spokesman said. “⟦delory|We will respond to this ruling in court, not in the press.⟧”

The Department of Corrections said in 2024 that it would spend about $19 million over five years to add cooling to its oldest prisons, including Crane Hollow. Advocates for prisoners say the work has moved slowly; the upper tier of D block, where Banfield died, is still cooled only by fans.
