note: An election poll story with guillemets for every quote and straight apostrophes. The poll as a document source of its pollster ("according to the poll", "the survey found", partial quotes from its written summary: an organization); the polling firm's director named (a person, distinct from the firm); two candidates, the challenger carried by "he" and by "he added" after a quote; a partial quote inside paraphrase; the incumbent's campaign spokesman named once, then only "the spokesman"; the challenger's campaign as a body ("Saldana's campaign said in an email"); three voters named with ages and towns ("Celia Navarro, 44, of Brookhollow,"), carried by "she" and "he".
source: northgate
  kind: organization
  name: Northgate Polling
  aliases: the poll | the survey | Northgate | the poll's written summary
source: fenwick
  kind: person
  name: Ada Fenwick
  aliases: Fenwick
source: drummond
  kind: person
  name: Helen Drummond
  aliases: Drummond
source: saldana
  kind: person
  name: Victor Saldana
  aliases: Saldana
source: pettigrew
  kind: person
  name: Julian Pettigrew
  aliases: the spokesman | Her campaign spokesman
source: saldana-campaign
  kind: organization
  name: Saldana's campaign
source: navarro
  kind: person
  name: Celia Navarro
  aliases: Navarro
source: whitcombe
  kind: person
  name: Dennis Whitcombe
  aliases: Whitcombe
source: quint
  kind: person
  name: Farrah Quint
  aliases: Quint
---
Poll shows Marlowe County executive race a dead heat three weeks out

BROOKHOLLOW — With three weeks until Election Day, the race for Marlowe County executive is effectively tied, with the incumbent, Helen Drummond, and her challenger, former sheriff Victor Saldana, each drawing the support of about 45 percent of likely voters, according to a poll released Monday.

The poll, conducted by Northgate Polling for the Marlowe Examiner, found Drummond at 46 percent and Saldana at 44 percent, a gap well inside the survey's margin of error of 3.4 percentage points. Ten percent of the 812 likely voters questioned said they had not decided.

The survey found voters «⟦northgate|sharply divided on nearly every question except one⟧»: 71 percent said the proposed toll on the Marrick Bridge was a bad idea, including majorities of both candidates' supporters. Both Drummond and Saldana have said they oppose the toll, which was proposed by the state transportation board in the spring.

«⟦northgate|The bridge toll is the rare issue on which the county speaks with one voice. On everything else, it is split almost exactly down the middle,⟧» the poll's written summary said.

Ada Fenwick, Northgate's director of research, said the result was closer than she had expected for a sitting county executive who won her first term by 14 points.

«⟦fenwick|Incumbents usually have a cushion they can fall back on, and she doesn't have one,⟧» Fenwick said. «⟦fenwick|What keeps her in it is that voters who have a view of her are mostly positive. What keeps him in it is that a lot of people are angry about property taxes.⟧»

According to the poll, 58 percent of likely voters said their property taxes had become «⟦northgate|hard to afford,⟧» a figure that rises to 66 percent among homeowners over 60.

Saldana, who served two terms as sheriff before stepping down last year, has made taxes the center of his campaign. Speaking to about 200 supporters at a fire hall in Eastmere on Sunday night, he said the county had been run «⟦saldana|like a private club⟧» for eight years, and he promised to freeze the county portion of the property tax for his first two years in office.

«⟦saldana|People are not asking for miracles. They are asking to be able to stay in the houses they paid off,⟧» he said. «⟦saldana|I'll find the money in the budget, and if I can't, I'll tell you so,⟧» he added.

Drummond, who did not appear in public on Monday, has argued that a freeze would force cuts to the county's road program and its two nursing homes. «⟦drummond|A freeze sounds wonderful until you find out it's paid for in potholes,⟧» she said in a radio interview last week. Her campaign spokesman, Julian Pettigrew, said the poll showed that voters trusted her record.

«⟦pettigrew|Three weeks ago the other side was telling everyone this race was over. It's not over, and it's not close to over,⟧» he said. «⟦pettigrew|When people look at what the county executive has actually done, the roads, the clinic in Lyle Junction, the balanced budgets, they come home.⟧»

Asked whether Drummond would debate Saldana a second time before the election, the spokesman said she was «⟦pettigrew|happy to debate anywhere, any time, as long as it's in front of voters and not just in front of cameras.⟧»

Saldana's campaign said in an email that it would accept a debate «⟦saldana-campaign|on any of the three dates the League of Voters has proposed,⟧» and accused Drummond of stalling.

Among voters in the county, the divisions showed up clearly.

Celia Navarro, 44, of Brookhollow, a school bus driver, said she voted for Drummond four years ago and planned to do so again. «⟦navarro|She fixed the road outside my house after twenty years of complaints,⟧» she said. «⟦navarro|That sounds small, but it's the only thing any of them ever did that I could see with my own eyes.⟧»

Dennis Whitcombe, 67, of Eastmere, a retired machinist, said he had voted for Drummond four years ago, but that this year his property tax bill had made up his mind.

«⟦whitcombe|It went up 11 percent in two years. My pension went up 3,⟧» Whitcombe said. «⟦whitcombe|I don't know if Saldana can freeze it, but I know the other one won't try.⟧»

Farrah Quint, 29, of Lyle Junction, who works at the county clinic that Drummond's campaign often points to, said she was one of the undecided. She said she liked Drummond's record on health care but worried about rent, and that neither candidate had said much about people who do not own homes.

«⟦quint|Everybody talks about property taxes. I don't have property,⟧» she said.

The poll was conducted by telephone and text message from Nov. 28 to Dec. 3. The Examiner will publish a second poll the weekend before the election.
