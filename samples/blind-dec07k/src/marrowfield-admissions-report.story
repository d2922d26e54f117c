note: A university scandal in straight marks. An outside law firm's report as a body ("the report said", "it said", a partial quote, "the report found"), with the office's nickname for flagged files in quotation marks (a nickname: not a quote); the president's resignation letter ("Estabrook wrote": she is the source); the board chair named and carried by "he", with an untagged quote paragraph continuing him; the faculty senate president's quote split around its tag; a university spokeswoman named; an admissions officer who spoke on condition of anonymity because staff had been told not to discuss the review (justified), then "the officer said"; a former trustee who declined to be named (no reason: unjustified); a student chant (no source); a student leader quoted through "according to".
source: report
  kind: organization
  name: Halden & Crewe
  aliases: the report | The review
source: estabrook
  kind: person
  name: Caroline Estabrook
  aliases: Dr. Caroline Estabrook | Estabrook
source: kettering
  kind: person
  name: Raymond Kettering
  aliases: Raymond Kettering, the chairman of the board of trustees | Kettering
source: mehrotra
  kind: person
  name: Anil Mehrotra
  aliases: Anil Mehrotra, a professor of chemistry who leads the faculty senate | Mehrotra
source: pruitt
  kind: person
  name: Dana Pruitt
  aliases: Pruitt | A university spokeswoman, Dana Pruitt
source: officer
  kind: anonymous
  name: A current admissions officer
  aliases: the officer
  justified: yes
source: trustee
  kind: anonymous
  name: A former trustee who declined to be named
  aliases: the former trustee
  justified: no
source: okonkwo
  kind: person
  name: Tamsin Okonkwo
  aliases: Okonkwo | Tamsin Okonkwo, president of the student government
---
Marrowfield president resigns after report finds donors' children got admissions edge

HALLORAN FALLS (Wire) — The president of Marrowfield University resigned on Monday, hours after an outside review found that the private university's admissions office had for at least six years given special treatment to applicants whose families had given or pledged large gifts, and that senior administrators had known about it.

The review, conducted by the law firm Halden & Crewe at the request of the university's trustees, found that 214 applicants between 2019 and 2025 had their files flagged by the president's office or the development office. Those files were known inside the admissions office as "green files," after the color of the folders in which they were kept, the report said.

"⟦report|Flagged applicants were admitted at roughly three times the rate of other applicants with comparable academic records,⟧" the report said. It found that 37 of them had been admitted after admissions readers first recommended rejecting them.

The report said it had found no evidence that any applicant was admitted in direct exchange for a particular gift. But it said the practice had been "⟦report|an open secret in the admissions office⟧" and that staff who objected had been "⟦report|told, in substance, that the university's finances were not their concern.⟧"

Dr. Caroline Estabrook, who had led Marrowfield since 2017, announced her resignation in a letter to faculty, staff and students.

"⟦estabrook|I did not create this practice, but I allowed it to continue, and I should have ended it the day I learned of it,⟧" Estabrook wrote. "⟦estabrook|The students who earned their place here, and the ones who were turned away, deserved better from me.⟧"

The report found that Estabrook's chief of staff had sent at least 60 of the flagged names to the admissions office and that Estabrook had been copied on several of the messages. It did not find that she had asked for any applicant to be admitted.

Raymond Kettering, the chairman of the board of trustees, said the board had accepted the resignation and would name an interim president within two weeks. He said the board had also ended the flagging system, effective immediately, and would publish each year the number of applicants admitted whose families had given money to the university.

"⟦kettering|This board commissioned the review, and this board is going to act on every word of it,⟧" Kettering said at a news conference in the student union. "⟦kettering|Some of what it says is about people who sat on this board. I am not going to pretend otherwise.⟧"

"⟦kettering|We owe our students a university where the front door is the only door.⟧"

He declined to say whether any current trustee had flagged an applicant, saying the board would address that question at a special meeting on Thursday.

Faculty members said the report confirmed what many had suspected. Anil Mehrotra, a professor of chemistry who leads the faculty senate, said the senate would still hold a vote of no confidence in the provost next week.

"⟦mehrotra|The president did the honorable thing,⟧" Mehrotra said, "⟦mehrotra|but she did not run the admissions office by herself, and one resignation does not close this.⟧"

A current admissions officer, who spoke on the condition of anonymity because staff had been told not to discuss the review while it was underway, said readers had learned to recognize the green folders on the first day of each admissions season.

"⟦officer|You read the file, you wrote what you honestly thought, and then sometimes you found out a month later that it didn't matter,⟧" the officer said. "⟦officer|People quit over it. I almost did.⟧"

A former trustee who declined to be named defended the gifts, if not the way they were handled. "⟦trustee|Half the labs on this campus exist because a family wrote a check,⟧" the former trustee said. "⟦trustee|The mistake was doing it in secret, not doing it at all.⟧"

A university spokeswoman, Dana Pruitt, said the 214 students admitted through the flagged process would not have their admissions revoked. "⟦pruitt|These students did nothing wrong, and no student will be punished for decisions made by adults in this building,⟧" Pruitt said.

By early afternoon, about 300 students had gathered on the steps of Varley Hall, chanting "⟦-|Merit, not money!⟧" and holding signs with green folders taped to them.

"⟦okonkwo|We were told our whole lives that if we worked hard enough, the door would open,⟧" according to Tamsin Okonkwo, president of the student government, who spoke to the crowd through a borrowed megaphone. "⟦okonkwo|It turns out some people had a key.⟧"

The state attorney general's office said it had received a copy of the report and was reviewing it, but declined to comment further.
