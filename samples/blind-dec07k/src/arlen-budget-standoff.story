note: A state budget fight in straight marks and straight apostrophes. The governor named and carried by "she"; the House speaker carried by "he", with an untagged quote paragraph that continues him; the Senate majority leader's quote split around its tag and a partial quote; the nonpartisan fiscal office's analysis as a body (a partial quote tagged "according to the office", then "the report said"); a senior Senate aide who spoke on condition of anonymity with a reason (justified), then "the aide said"; a House Republican who asked not to be named (no reason: unjustified), then "the lawmaker said"; the governor's spokesman named; the teachers union's statement as a body; the word "freeze" in quotation marks as a word (words-as-words: not a quote).
source: reddick
  kind: person
  name: Alma Reddick
  aliases: Gov. Alma Reddick | Reddick | the governor
source: wend
  kind: person
  name: Tobias Wend
  aliases: House Speaker Tobias Wend | Wend | the speaker
source: lanning
  kind: person
  name: Priya Lanning
  aliases: Senate Majority Leader Priya Lanning | Lanning
source: lfo
  kind: organization
  name: the nonpartisan Legislative Fiscal Office
  aliases: Legislative Fiscal Office | the office | the report
source: aide
  kind: anonymous
  name: A senior Senate aide
  aliases: the aide
  justified: yes
source: lawmaker
  kind: anonymous
  name: One House Republican
  aliases: the lawmaker
  justified: no
source: marr
  kind: person
  name: Elliot Marr
  aliases: Marr | Reddick's spokesman
source: union
  kind: organization
  name: The Arlen Education Association
  aliases: the statement
---
Arlen starts fiscal year without a budget as Reddick and House leaders trade blame

DUNSFORD, Arlen (Statewire) — Arlen began its new fiscal year on Wednesday without a budget for the second time in four years, after the Democratic-controlled Senate and the Republican-led House adjourned late Tuesday night without agreeing on how to close a $1.9 billion shortfall.

Gov. Alma Reddick, a Democrat, called legislative leaders to her office early Wednesday and told them she would not sign a stopgap spending bill that left out the increase in school aid she proposed in January.

"⟦reddick|I have been patient for six months, and I am done being patient,⟧" Reddick said at a news conference afterward. "⟦reddick|Children in this state go back to school in eight weeks. Their teachers deserve to know whether they still have a job.⟧"

She said she had offered on Monday to cut her proposed increase by a third, to $410 million, and that House leaders had not answered. "⟦reddick|They haven't said no. They haven't said anything,⟧" she said.

House Speaker Tobias Wend, a Republican from Carvel County, said the governor's offer still spent money the state did not have.

"⟦wend|We are not going to paper over a hole this size with a one-time raid on the rainy-day fund and call it a budget,⟧" Wend told reporters outside the House chamber. "⟦wend|That is how you end up right back here next July, only deeper.⟧"

"⟦wend|Every family in Arlen that has had a bad year knows you cut back before you borrow. State government should be no different.⟧"

He said the House plan, which passed 58 to 43 along party lines last week, would hold school aid flat, trim Medicaid payments to hospitals by 2 percent and freeze hiring across state agencies for a year. He added that the House would stay in session through the weekend if the Senate wanted to keep talking.

In an analysis released on Tuesday, the nonpartisan Legislative Fiscal Office estimated that holding school aid flat would leave about 2,300 teaching positions without money to pay for them. The shortfall would "⟦lfo|fall hardest on the districts that can least absorb it,⟧" according to the office, which singled out 31 rural districts in the state's northern counties where enrollment has fallen for a decade.

"⟦lfo|Revenue growth has slowed in each of the last five quarters, and nothing in the current forecast points to a quick reversal,⟧" the report said. It said the rainy-day fund, now about $1.1 billion, could cover the gap for one year but not two.

Senate Majority Leader Priya Lanning, who has led the Senate's side of the talks, accused the House of hiding cuts behind the word "freeze."

"⟦lanning|The House wants to balance this budget,⟧" Lanning said, "⟦lanning|on the backs of kindergartners and nursing-home aides.⟧" She called the hiring freeze "⟦lanning|a layoff in slow motion⟧" and said the Senate would pass its own stopgap bill on Thursday, with the school money in it, and dare the House to vote it down.

The two chambers came close to a deal over the weekend, according to people involved in the talks. A senior Senate aide, who spoke on condition of anonymity because the negotiations were private, said the sides had been about $150 million apart on Sunday night before the talks broke down over how much of the rainy-day fund to spend.

"⟦aide|We had the numbers up on a whiteboard. Then the speaker's people packed up and left,⟧" the aide said.

There are signs of strain inside the House majority as well. One House Republican, who asked not to be named, said several members of the speaker's caucus were uneasy about the hospital cuts, which would fall heavily on small hospitals in their own districts.

"⟦lawmaker|Nobody in our caucus ran on closing the emergency room down the road from their house,⟧" the lawmaker said.

Under state law, Arlen can keep paying its roughly 61,000 employees through July 15 without a budget. After that, the comptroller has said, paychecks for all but public-safety workers would stop.

Reddick's spokesman, Elliot Marr, said the governor had cleared her schedule for the rest of the week. "⟦marr|Her door is open at any hour, and she has told both leaders that,⟧" Marr said.

The Arlen Education Association, the state's largest teachers union, said in a statement that its members would rally at the Capitol on Friday. "⟦union|Teachers are not bargaining chips, and our students are not a line item to be frozen,⟧" the statement said.

Wend said he expected to meet the governor again on Thursday morning and would bring his budget chairman with him.

"⟦wend|I would rather be home with my family,⟧" he said. "⟦wend|But I would rather be here all summer than sign something I know won't hold.⟧"
