note: A municipal water-crisis story in straight double marks with curly apostrophes. The mayor named, then "the mayor", with a quote split around its tag; the state health department as a body ("the department said", "the advisory said"); a resident named with age and street; a resident "who gave only her first name, Yesenia, because…" (first name only: justified anonymous); a protest sign in quotation marks (no source); an engineering firm's report ("the report warned", partial quotes: the firm's document, an organization); the water superintendent named; a city council member who declined to comment (no quote).
source: quill
  kind: person
  name: Bernadette Quill
  aliases: Mayor Bernadette Quill | Quill | the mayor
source: health
  kind: organization
  name: The Merrimont Department of Public Health
  aliases: the department | the advisory | The state health department
source: ekberg
  kind: person
  name: Harold Ekberg
  aliases: Ekberg
source: yesenia
  kind: anonymous
  name: a mother of three who gave only her first name, Yesenia
  aliases: Yesenia
  justified: yes
source: haskell
  kind: organization
  name: Haskell Dunmore Associates
  aliases: the report | the engineering firm Haskell Dunmore Associates
source: asante
  kind: person
  name: Kenneth Asante
  aliases: Asante | the city’s water superintendent
---
Ashcombe tells 11,000 households not to drink tap water after lead tests

ASHCOMBE, Merrimont — Officials in this river city told about 11,000 households on Friday not to drink or cook with tap water after tests at dozens of homes on the east side found lead at levels up to four times the federal action limit.

Mayor Bernadette Quill announced the order at a news conference at City Hall, standing beside crates of bottled water that the city began handing out Friday afternoon at three fire stations and two school gyms.

"⟦quill|I am not going to stand here and tell you the water is fine when I don’t know that it is,⟧" Quill said. "⟦quill|Until I do know, nobody on the east side should be drinking it, and nobody should be mixing baby formula with it. Not one bottle.⟧"

The order covers every address east of the Hollin River, where many homes are still connected to the city’s mains by lead service lines laid before 1950. The city tested water from 64 homes in the area last month; 23 were above the action limit of 15 parts per billion, and the highest reading, at a house on Tanner Street, was 61 parts per billion.

The Merrimont Department of Public Health said in an advisory issued Friday morning that children under six and pregnant women in the area should have their blood tested for lead. "⟦health|Lead exposure in young children can cause lasting harm to learning and behavior, even at low levels,⟧" the advisory said.

The state health department said it would open a free testing clinic at the Eastside Community Center on Monday. "⟦health|We are working with the city to understand how long these levels have been present,⟧" the department said, adding that it had asked Ashcombe to turn over all of its water-quality records from the past five years.

Harold Ekberg, 74, who has lived on Tanner Street since 1979, said he had been drinking the water every day until Friday.

"⟦ekberg|I made my coffee with it this morning. I made my coffee with it for forty-five years,⟧" Ekberg said, standing in line outside Fire Station 4 with a cart for his water. "⟦ekberg|Now they tell me. I’d like to know who knew, and since when.⟧"

Further back in the line, a mother of three who gave only her first name, Yesenia, because she cleans offices for a company with a city contract and feared losing the work, said she had stopped giving her children tap water two weeks ago, after a neighbor showed her the test results posted online.

"⟦yesenia|My youngest is two. He drinks everything,⟧" Yesenia said. "⟦yesenia|I keep thinking about all the bottles I filled from that sink.⟧"

The problem is not new to the city. A 2023 report by the engineering firm Haskell Dunmore Associates, commissioned by the city’s water department, found that about 4,700 lead service lines remained in use, nearly all of them east of the river, and estimated that replacing them would cost about $58 million.

"⟦haskell|Corrosion control alone cannot be relied upon to keep lead levels below the action limit in this part of the system,⟧" the report warned. It urged the city to replace the lines "⟦haskell|within five years, beginning with homes where young children live,⟧" and called the east side’s pipes "⟦haskell|the most urgent risk to public health in the utility’s care.⟧"

The City Council voted in 2024 to spread the work over 15 years. Council Member Ruth Galloway, whose ward includes most of the affected streets and who chaired the committee that recommended the longer schedule, declined to comment on Friday.

Kenneth Asante, the city’s water superintendent, said the city had changed the chemical it uses to treat the water in July to save money, and that the change may have made the water more corrosive to old pipes. "⟦asante|We followed the state’s guidance when we switched,⟧" Asante said. "⟦asante|Whether the guidance was right for our pipes is now the question.⟧"

By Friday evening, about 200 people had gathered on the steps of City Hall. Many carried empty plastic jugs. One hand-lettered sign read "⟦-|Ashcombe kids aren’t an experiment,⟧" and another listed the readings from each tested house in red marker.

Quill came out to speak to the crowd and was booed when she said the full replacement could not be done before 2027.

"⟦quill|I hear you,⟧" the mayor said. "⟦quill|I’m angry too. But I would rather promise you 2027 and deliver it than promise you next summer and lie to you.⟧"

She said the city would ask the state for an emergency loan to speed up the work and would keep handing out bottled water until two rounds of tests in a row came back below the limit.
