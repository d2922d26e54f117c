note: Public-health outbreak in curly marks and curly apostrophes. The health commissioner named with her title after the quote and carried by "she", including a partial quote and an untagged quote paragraph after a paraphrase naming her; the health department's statement as a body (partial quote); a property company's spokesman named ("Dan Orsley, a spokesman for the company"); an ICU nurse who spoke on condition of anonymity with a stated reason (justified), then "the nurse"; the hospital's statement as a body (one-word partial quote); a review of outbreaks with no named author, quoted through "the authors wrote" (the review itself, organization); a victim's daughter with a quote running over two paragraphs, then two more quotes through "she said".
source: nandakumar
  kind: person
  name: Priya Nandakumar
  aliases: Dr. Priya Nandakumar | Nandakumar | the city’s health commissioner
source: department
  kind: organization
  name: The Ardmere Department of Public Health
  aliases: The department
source: orsley
  kind: person
  name: Dan Orsley
  aliases: Orsley | a spokesman for the company
source: nurse
  kind: anonymous
  name: A nurse in the hospital’s intensive care unit
  aliases: the nurse
  justified: yes
source: hospital
  kind: organization
  name: St. Columba’s Hospital
  aliases: The hospital
source: review
  kind: organization
  name: A 2021 review of 48 urban Legionnaires’ outbreaks
  aliases: the authors
source: corinne
  kind: person
  name: Corinne Haskell
  aliases: His daughter
---
Legionnaires’ outbreak in Ardmere grows to 31 cases; four cooling towers ordered shut

ARDMERE (Wire) — Health officials in Ardmere on Thursday ordered the shutdown of cooling towers on four downtown buildings as an outbreak of Legionnaires’ disease grew to 31 confirmed cases, including three deaths, the city’s worst outbreak of the illness in more than 20 years.

The Ardmere Department of Public Health said all of the patients had lived in, worked in or visited an area of about 12 blocks around Foundry Square in the two weeks before they fell ill. Twenty-two remained in hospital on Thursday, seven of them in intensive care.

“⟦nandakumar|We believe we are looking at a single source, and we believe it is close to the square,⟧” Dr. Priya Nandakumar, the city’s health commissioner, said at a news conference at City Hall. “⟦nandakumar|Until we know which tower it is, we are going to treat every one of them as a suspect.⟧”

Legionnaires’ disease is a severe form of pneumonia caused by Legionella bacteria, which grow in warm water and can spread through the mist from cooling towers, hot tubs and decorative fountains. It does not pass from person to person. Most people who breathe in the bacteria do not fall ill, but older people, smokers and those with weakened immune systems face a much higher risk.

Nandakumar said inspectors had taken water samples from 19 cooling towers in the area since Monday and that the first laboratory results were expected by the weekend. The four towers ordered shut had “⟦nandakumar|maintenance records that did not reassure us,⟧” she said, without naming the buildings.

She urged anyone who had been near the square and developed a fever, cough or shortness of breath to see a doctor promptly. “⟦nandakumar|This is treatable with common antibiotics,⟧” she said. “⟦nandakumar|The people we lose are the people who wait.⟧”

The department said in a statement later on Thursday that it had asked the operators of 140 other cooling towers across the city to disinfect them by Monday as a precaution, and that it would publish the list of affected buildings “⟦department|once the source is confirmed and the owners have been notified.⟧”

Three of the four buildings are owned by Kestrel Property Group, which manages office and apartment towers across the region. Dan Orsley, a spokesman for the company, said its towers had been inspected in June and had passed.

“⟦orsley|We have shut them down, as asked, and our engineers are working with the city,⟧” Orsley said. “⟦orsley|We won’t speculate about the cause while the testing is under way.⟧”

Outbreaks of this kind are most often traced to poorly maintained cooling towers. A 2021 review of 48 urban Legionnaires’ outbreaks, published in the journal Environmental Health Records, found that more than two-thirds had been linked to cooling towers, and that in most of those cases the tower had missed at least one scheduled cleaning. “⟦review|Inspection regimes that depend on owners’ own records are, in practice, largely self-certified,⟧” the authors wrote.

At St. Columba’s Hospital, which has treated most of the patients, staff have been stretched by the outbreak on top of the usual autumn surge of respiratory illness. A nurse in the hospital’s intensive care unit, who spoke on condition of anonymity because the hospital has barred staff from talking to reporters about the outbreak, said the unit had been full since Tuesday.

“⟦nurse|We had two patients come in on the same night who had been sitting on the same bench at lunch,⟧” the nurse said. “⟦nurse|That was when we stopped thinking it was a coincidence.⟧”

The hospital said in a brief statement that it was “⟦hospital|well prepared⟧” and had not postponed any scheduled surgery.

Among the dead is Walter Haskell, 78, a retired printer who walked his dog around Foundry Square every morning. His daughter, Corinne Haskell, said he had felt tired on Saturday and was in intensive care by Monday night.

“⟦corinne|He thought he had a cold,⟧” she said. “⟦corinne|He kept telling me not to make a fuss, that he’d be right as rain by the weekend.⟧

“⟦corinne|By the time they put him on the ventilator he couldn’t speak anymore. I keep thinking about all those mornings he spent in that square, throwing bread to the pigeons, breathing whatever was in the air.⟧”

She said the family had been told on Wednesday that her father’s case was linked to the outbreak. “⟦corinne|I want to know which building it was,⟧” she said. “⟦corinne|And I want to know why nobody checked.⟧”

City Council members have called for a hearing on the city’s rules for cooling towers, which require owners to test the water every three months but to hand over the results only when inspectors ask for them. Nandakumar said those rules would be reviewed once the outbreak was over.

“⟦nandakumar|We rely on paperwork. This week has shown us what paperwork is worth.⟧”

The department will hold daily briefings until the source is found. Asked whether residents should avoid the area around Foundry Square, Nandakumar said there was no need to, as long as people watched for symptoms. “⟦nandakumar|I know people are frightened,⟧” she said. “⟦nandakumar|Frightened is fine. Frightened and at the doctor’s is better.⟧”
