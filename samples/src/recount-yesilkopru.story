note: A disputed count told through both candidates and one unnamed election official. The official is never given a reason for anonymity, and much of what the story knows comes from paraphrase ("said on Monday that", "according to") rather than quotation marks.
source: yildirimoglu
  kind: person
  name: Mehmet Yıldırımoğlu
  aliases: Mayor Mehmet Yıldırımoğlu | Yıldırımoğlu | the mayor
source: korkmazer
  kind: person
  name: Ayşe Korkmazer
  aliases: Korkmazer | his challenger
source: board-official
  kind: anonymous
  name: an official of the provincial election board
  aliases: the official | The board official
  justified: no
source: board
  kind: organization
  name: the provincial election board
  aliases: The board
source: observers
  kind: organization
  name: the Civic Ballot Watch monitoring group
  aliases: the monitors
source: cengiz
  kind: person
  name: Oğuz Cengiz
  aliases: Cengiz | Korkmazer's campaign manager
---
Yeşilköprü mayor demands recount after losing by 312 votes

YEŞİLKÖPRÜ, Turkey (QW) — Mayor Mehmet Yıldırımoğlu said on Monday that he would challenge the result of Sunday's municipal election in Yeşilköprü, which he lost by 312 votes according to the provincial election board's preliminary count, and called for every ballot box in the city to be opened again.

"⟦yildirimoglu|We are not contesting democracy. We are asking that it be counted properly,⟧" Yıldırımoğlu said at a news conference at his party's headquarters, where supporters waved flags and chanted his name.

His challenger, Ayşe Korkmazer, a 39-year-old pharmacist standing for the first time, won 48.7 percent of the vote against his 48.1 percent, according to the board. Turnout was 81 percent.

"⟦korkmazer|The people of this city have spoken, and they have spoken clearly enough,⟧" said Ayşe Korkmazer, speaking outside her campaign office on Monday morning. "⟦korkmazer|I would ask the mayor to respect them as I would have respected them had I lost.⟧"

Yıldırımoğlu, who has governed the city of 180,000 for ten years, said his party's observers had recorded irregularities at 23 polling stations, mostly in the newly built districts on the northern edge of the city. He did not give details.

An official of the provincial election board said complaints had been received from both parties and would be examined this week. "⟦board-official|Every objection will be looked at. That is normal, and it is the law,⟧" the official said.

The official said a full recount was "⟦board-official|not automatic⟧" and would be ordered only if the objections could change the outcome. "⟦board-official|A margin of 312 is small, but it is not nothing. It is not 12,⟧" the official said.

The board official did not say whether the objections had been filed within the legal deadline, which expired at 6 p.m. on Monday.

Korkmazer's campaign manager, Oğuz Cengiz, told reporters that the campaign had its own tallies from every polling station and that they matched the board's count "⟦cengiz|to within a handful of votes.⟧" Cengiz accused the mayor of trying to "⟦cengiz|win in the courtroom what he lost at the ballot box.⟧"

The Civic Ballot Watch monitoring group, which sent 140 volunteers to polling stations in the city, said in a report on Monday that voting had been "⟦observers|orderly and generally well run,⟧" though it noted long queues in two northern districts and one polling station where the lights failed during the count.

Yıldırımoğlu rejected the monitors' findings. "⟦yildirimoglu|They were not in every room. My people were,⟧" he said.

Asked whether he would accept the outcome of a recount, he paused. "⟦yildirimoglu|If the boxes say I lost, I lost. I will be the first to call her.⟧"

The board is expected to rule on the objections by Friday. Korkmazer said she would not wait. She told supporters she would begin meeting department heads at city hall next week "⟦korkmazer|so that nobody loses a day.⟧"
