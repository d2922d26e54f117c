note: A local murder trial verdict in curly double marks and curly apostrophes. The judge named and carried by "he"; the prosecutor named, with a quote split around its tag, carried by "she"; the defense attorney named, with a partial quote inside paraphrase; the defendant's own words from his testimony ("Kessel testified", "he told jurors"); the victim's daughter reading a statement on the courthouse steps in a three-paragraph quote (one gold quote per paragraph); the police department's statement as a body; a juror who asked that her name not be published because she feared being contacted (justified), then "the juror said"; a woman who said she was the defendant's aunt and declined to give her name (no reason: unjustified), then "the woman said".
source: beaumont
  kind: person
  name: Harlan Beaumont
  aliases: Circuit Judge Harlan Beaumont | Beaumont | the judge
source: ferreira
  kind: person
  name: Nadia Ferreira
  aliases: Assistant District Attorney Nadia Ferreira | Ferreira
source: stroud
  kind: person
  name: Owen Stroud
  aliases: Stroud | Kessel’s lawyer
source: kessel
  kind: person
  name: Dario Kessel
  aliases: Kessel
source: haddad
  kind: person
  name: Leila Haddad
  aliases: His daughter, Leila Haddad | Leila Haddad
source: police
  kind: organization
  name: The Tessaly Police Department
  aliases: The department
source: juror
  kind: anonymous
  name: One juror
  aliases: the juror
  justified: yes
source: aunt
  kind: anonymous
  name: a woman who said she was Kessel’s aunt
  aliases: the woman
  justified: no
---
Jury finds Tessaly man guilty of murder in killing of corner-store owner

TESSALY — A Marlowe County jury on Thursday convicted Dario Kessel, 23, of second-degree murder in the shooting death of Samir Haddad, who was killed behind the counter of his corner store on Linden Avenue during a robbery in March of last year.

The jury of eight women and four men deliberated for about seven hours over two days before returning the verdict. Kessel was also found guilty of armed robbery and of carrying a firearm without a license. He faces a mandatory sentence of life in prison, with the possibility of parole after 25 years.

Kessel, wearing a gray suit, looked down at the table as the verdict was read. Several of his relatives left the courtroom before the judge had finished polling the jurors.

Circuit Judge Harlan Beaumont set sentencing for Jan. 14 and ordered that Kessel remain in custody. He thanked the jurors for what he called a long and painful two weeks.

“⟦beaumont|You watched things in this courtroom that nobody should have to watch,⟧” Beaumont told them. “⟦beaumont|You did it carefully and you did it without complaint. The people of this county owe you a debt.⟧”

The prosecution’s case was built around video from the store’s two security cameras, which showed a man in a dark hooded jacket pointing a handgun at Haddad, 58, and taking about $340 from the register. The second camera showed the man firing once as Haddad reached under the counter, where he kept a panic button.

Assistant District Attorney Nadia Ferreira told jurors in her closing argument that a cellphone found in the hooded jacket, which was recovered from a storm drain two blocks away, had belonged to Kessel.

“⟦ferreira|Mr. Haddad did exactly what he was told,⟧” Ferreira said outside the courtroom after the verdict, “⟦ferreira|and he was shot anyway, for three hundred and forty dollars.⟧” She said she had spoken to the family by phone every week since the case was charged. “⟦ferreira|They never once asked me for anything except the truth,⟧” she said.

Kessel testified in his own defense last week, telling jurors that he had lent the jacket and the phone to a friend and had been at his girlfriend’s apartment that night.

“⟦kessel|I didn’t even know that store was there,⟧” Kessel testified. “⟦kessel|I never in my life pointed a gun at anybody.⟧” Under cross-examination, he told jurors he could not remember the friend’s last name.

His girlfriend did not testify. Kessel’s lawyer, Owen Stroud, said he would file a motion for a new trial and, if that failed, an appeal. He argued that the video never showed the gunman’s face and that the jury had convicted his client on “⟦stroud|a jacket, a phone and a guess.⟧”

“⟦stroud|Nobody who looked at that video could tell you who was under that hood,⟧” Stroud said. “⟦stroud|The state didn’t prove it. The jury decided it anyway.⟧”

On the courthouse steps, Haddad’s family stood together under a light rain. His daughter, Leila Haddad, 31, read from a sheet of paper while her mother held her arm.

“⟦haddad|My father came to this city with two suitcases and a cousin’s phone number. He opened that store with money he saved driving a cab at night, and he kept it open for twenty-two years, seven days a week.⟧

“⟦haddad|He knew every kid on Linden Avenue by name. He gave them credit when their parents were short, and he never wrote any of it down.⟧

“⟦haddad|Today doesn’t bring him back. But today somebody finally said out loud that what happened to him was wrong, and we are grateful to those twelve people for saying it.⟧”

The Tessaly Police Department, whose detectives spent four months on the case, said in a statement that it hoped the verdict brought “⟦police|some measure of peace⟧” to Haddad’s family and to the neighborhood. The department said the store’s customers had provided many of the tips that led to Kessel’s arrest.

One juror, who asked that her name not be published because she feared being contacted by the defendant’s relatives, said the phone had weighed more heavily with the jury than the video.

“⟦juror|The video was hard to sit through, but it couldn’t tell us who it was,⟧” the juror said. “⟦juror|The phone could. Nobody believed the story about the friend.⟧”

Outside, a woman who said she was Kessel’s aunt and declined to give her name said the family would keep fighting the conviction. “⟦aunt|They had a boy with a record and a dead man, and they needed the two to go together,⟧” the woman said.

The store, which Haddad’s widow and son reopened in June, was closed on Thursday afternoon. A handwritten note taped to the door said the family was at the courthouse and would be back in the morning.
