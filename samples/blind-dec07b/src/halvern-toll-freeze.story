note: A statehouse story in straight marks with one curly quote. A named senator sponsors the bill; the committee chairman is introduced by title and name and carried by "he"; an aide is anonymous and justified ("spoke on condition of anonymity because committee members had agreed not to discuss their negotiations"); the Legislative Budget Office speaks through a report ("According to a report released Tuesday by the Legislative Budget Office"), with a partial quote; the transportation department as a body in written testimony; a protest sign (no source).
source: olander
  kind: person
  name: Marguerite Olander
  aliases: Sen. Marguerite Olander | Olander
source: ruskin
  kind: person
  name: Dale Ruskin
  aliases: Sen. Dale Ruskin | Ruskin | The committee's chairman
source: aide
  kind: anonymous
  name: An aide to a senator on the committee
  aliases: the aide
  justified: yes
source: lbo
  kind: organization
  name: the Legislative Budget Office
  aliases: the budget office | The report
source: dot
  kind: organization
  name: The state Department of Transportation
  aliases: the department
---
Senate panel advances bridge-toll freeze despite budget office warning of $212 million gap

CARRAWAY CITY — A state Senate committee voted 7-4 on Thursday to freeze tolls on the state's eleven river bridges for three years, brushing aside a warning that the freeze would leave the bridge maintenance fund about $212 million short by 2030.

The bill, sponsored by Sen. Marguerite Olander, a Democrat from Pell County, now goes to the full Senate. Olander said commuters in her district had absorbed four toll increases in six years and that many of them now spent more on crossings than on bus fare.

"⟦olander|People who cross the Halvern Bridge twice a day are paying more for that bridge than for their groceries,⟧" Olander told the Senate Transportation and Infrastructure Committee before the vote. "⟦olander|We can find the money somewhere else. We cannot keep finding it in their pockets.⟧"

According to a report released Tuesday by the Legislative Budget Office, tolls provided 61 percent of the maintenance fund's revenue last year. The report said a freeze would force the state to postpone repainting and deck replacement on at least four bridges, and it described the fund's reserves as "⟦lbo|already below the level we consider prudent⟧" for structures of their age.

The committee's chairman, Sen. Dale Ruskin, a Republican from Wexley, voted against the bill.

"⟦ruskin|Nobody likes tolls,⟧" he said. "⟦ruskin|But the budget office is telling us in plain English that the math does not work, and I am not going to vote for a bridge that falls down in somebody else's term.⟧"

Ruskin said he would offer an amendment on the Senate floor tying the freeze to a new appropriation from the general fund, which he estimated at $70 million a year.

An aide to a senator on the committee, who spoke on condition of anonymity because committee members had agreed not to discuss their negotiations before the floor vote, said Olander's office had spent the week trading support for the freeze against votes for a rural broadband bill.

“⟦aide|Everybody in that room knew how it would go before the roll was called,⟧” the aide said. "⟦aide|The hearing was theater. The vote was settled Monday night over takeout.⟧"

Olander denied any link. Asked about the broadband bill after the hearing, she said the two measures "⟦olander|have nothing to do with each other⟧" and that she had backed rural broadband "⟦olander|since before anyone in this building was paying attention to it.⟧"

The state Department of Transportation, which operates the bridges, has not taken a position on the bill. In written testimony submitted to the committee, the department said it would "⟦dot|need to revisit the entire ten-year capital plan⟧" if the freeze passed without replacement money, and that inspections would continue on schedule regardless.

About thirty commuters waited in the corridor outside the hearing room, several of them holding hand-lettered signs that read "⟦-|Toll Me Once, Shame on You⟧". Some had driven more than an hour from Pell County.

Ruskin said after the vote that he did not expect the bill to reach the governor's desk in its current form. "⟦ruskin|It will pass the Senate, because it is December and everybody wants to go home with good news,⟧" he said. "⟦ruskin|Then the House will read the budget office report.⟧"

The full Senate is expected to take up the bill next week.
