note: An investigative story in straight marks built on documents. Emails obtained by the newspaper, quoted through "wrote in one email" and through "according to the emails" after a partial quote (their writer, a named official, is the source; one quote holds words-as-words in single marks, which belong to the outer quote); a reply from the inspection team's leader quoted from the emails; a memo from the authority's bridge safety office as a body ("the memo said"), quoted over two paragraphs (the first left open); the authority's earlier news release as a body; the official's lawyer responding in a statement (the lawyer is the source, "the statement said" included); a spokesperson who did not respond (no quote, no gold source); a former employee who spoke on condition of anonymity for fear of retaliation (justified anonymous), then "the former employee said"; a council member.
source: vantreck
  kind: person
  name: Gerald Vantreck
  aliases: Vantreck | The official
source: oyelaran
  kind: person
  name: Marit Oyelaran
  aliases: Oyelaran
source: bso
  kind: organization
  name: the authority's Bridge Safety Office
  aliases: the memo
source: authority
  kind: organization
  name: the Marrowby Harbor Authority
  aliases: the authority
source: achterberg
  kind: person
  name: Simone Achterberg
  aliases: Achterberg | His lawyer | the statement
source: former
  kind: anonymous
  name: A former employee of the authority who worked on the bridge project
  aliases: the former employee
  justified: yes
source: abernathy
  kind: person
  name: Ruth Abernathy
  aliases: Abernathy | Council Member Ruth Abernathy
---
Port official pressed engineers to hold bridge warning until after ribbon-cutting, emails show

By the Courier investigations team

MARROWBY — A senior official at the Marrowby Harbor Authority pressed engineers last year to hold back a written warning about cracks in the new Gallard Street Bridge until after an opening ceremony attended by the governor, emails obtained by the Courier show.

The official, Gerald Vantreck, then the authority's deputy director for capital projects, told staff in a series of messages in the spring of 2025 that their findings should be shared "⟦vantreck|verbally, not on paper⟧" and that any formal report should wait "⟦vantreck|until the ceremony is behind us.⟧"

The bridge, a $212 million span that carries about 41,000 vehicles a day between the harbor district and the Eastmoor neighborhood, opened on May 17, 2025. Seven months later, the authority closed two of its four lanes for 11 weeks to replace steel bearings under the central span. At the time, the authority said in a news release that the work was "⟦authority|routine maintenance of the kind every major bridge requires.⟧"

The Courier obtained more than 300 pages of the authority's internal emails through a public records request and from a person who had access to them. They show that engineers raised concerns about the bearings at least seven weeks before the opening, and that those concerns were kept out of the reports sent to the authority's board.

"⟦vantreck|I understand the concern, and I'm not dismissing it,⟧" Vantreck wrote in one email on April 3, 2025, to the bridge inspection team. "⟦vantreck|But a report like this has a way of ending up in the newspaper, and we do not need that story in the week the governor cuts the ribbon.⟧"

Marit Oyelaran, who led the inspection team, replied the same afternoon. "⟦oyelaran|With respect, this isn't a newspaper problem, it's a steel problem,⟧" she wrote. "⟦oyelaran|I would like it on the record that we asked for the truck restriction today.⟧"

Nine days later, Vantreck asked a deputy to "⟦vantreck|keep the word 'fracture' out of anything that goes to the board,⟧" according to the emails. The board's minutes for April and May make no mention of the bearings.

The engineers' concerns were set out in a four-page memo from the authority's Bridge Safety Office, dated March 28, 2025, which was attached to several of the emails. It described hairline fractures in two of the eight bearings that carry the central span and recommended that trucks heavier than 20 tons be kept off the bridge until both were replaced.

"⟦bso|The fractures are small today, but they sit in the worst possible place,⟧" the memo said. "⟦bso|Bearings of this design do not fail gradually. They hold until they don't.⟧

"⟦bso|We cannot in good conscience certify the central span for unrestricted truck traffic until both bearings have been replaced and the welds around them have been tested again.⟧"

No truck restriction was imposed. Traffic counts published by the authority show that an average of 2,850 heavy trucks a day crossed the bridge between its opening and the lane closures in December.

A former employee of the authority who worked on the bridge project, and who spoke on condition of anonymity for fear of retaliation in an industry where the authority awards most of the large contracts, said the engineers had understood what was being asked of them.

"⟦former|Nobody ever wrote 'bury it.' Nobody had to,⟧" the former employee said. "⟦former|Everybody on that team had seen the date on the invitation.⟧"

Oyelaran, who still works at the authority, declined to comment for this article.

Vantreck left the authority in January to join a private engineering firm in Harlow Bay. He did not agree to an interview. His lawyer, Simone Achterberg, said in a statement that the emails had been "⟦achterberg|stripped of their context⟧" and that her client had "⟦achterberg|never once put the traveling public at risk.⟧"

"⟦achterberg|Mr. Vantreck made sure the bridge was inspected, the bearings were replaced and not a single person was hurt,⟧" the statement said. "⟦achterberg|Questions about the timing of a report are questions about paperwork, not safety.⟧"

Achterberg did not respond to follow-up questions about why the truck restriction the engineers recommended was never imposed.

A spokesperson for the Marrowby Harbor Authority, Colm Reddaway, did not respond to requests for comment over two weeks, including a list of written questions delivered to the authority's offices on Pier Road.

Council Member Ruth Abernathy, who chairs the City Council's transportation committee, said on Thursday that she would ask the authority's director and Vantreck to testify at a public hearing before the end of the month.

"⟦abernathy|If an engineer tells you a bridge needs trucks kept off it and you say wait until after the party, that is not a paperwork question,⟧" Abernathy said. "⟦abernathy|People drove their kids across that bridge every morning.⟧"

The replacement of the two bearings and four others found to be damaged during the repairs cost about $3.4 million, according to the authority's budget documents.
