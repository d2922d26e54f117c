note: Ordinary tagged quotes with no exchange: a council's consultation document, a councillor whose quote is split by its tag, a librarian carried by "she" across paragraphs and quoted over two paragraphs after a paragraph of her reported speech, a justified anonymous council employee, a role described first and named in the next sentence, a placard with no source, and a closing partial quote.
source: council
  kind: organization
  name: Harwell District Council
  aliases: The council
source: faraday
  kind: person
  name: Desmond Faraday
  aliases: Faraday
source: pollard
  kind: person
  name: Agnes Pollard
  aliases: Pollard
source: employee
  kind: anonymous
  name: A council employee involved in the review
  aliases: the employee
  justified: yes
source: ondaatje
  kind: person
  name: Grace Ondaatje
  aliases: A mother of three who brings her children to the Millbrook branch every Saturday
---
Village libraries face closure as council seeks savings

MILLBROOK (QW) — Four village libraries in the Harwell district could close next year under cost-cutting plans published on Wednesday by Harwell District Council, which says it must save 6.2 million pounds by 2028.

The plans would replace the branches in Millbrook, Ashcombe, Tolley and Fenwick Green with a mobile library visiting each village once a fortnight. The council said in its consultation document that the change would save about 480,000 pounds a year and that "⟦council|no resident will be more than a short walk from a library service.⟧"

Desmond Faraday, who chairs the council's finance committee, said the decision had not been taken lightly. "⟦faraday|Nobody stood for election to close libraries,⟧" Faraday said. "⟦faraday|But the money we have is the money we have, and the alternative is cutting care for the elderly.⟧"

Agnes Pollard, who has run the Millbrook branch for 19 years, said she had learned of the plans from a neighbour who had read them online.

"⟦pollard|A van once a fortnight is not a library,⟧" she said. "⟦pollard|It is a delivery.⟧"

She said the branch was used by about 300 people a week, many of them pensioners without cars and children doing homework after school, and that its two computers were the only public internet access in the village.

"⟦pollard|People come here to print bus timetables, to apply for benefits, to fill in forms they cannot fill in anywhere else. They come because it is warm.⟧

"⟦pollard|If you take that away, you do not save money. You move the cost somewhere else, to the doctor's surgery and the job centre.⟧"

A council employee involved in the review, who was not authorised to speak publicly, said the four branches had been chosen because their leases ran out in 2027. "⟦employee|It was about the buildings, not the people in them,⟧" the employee said.

A mother of three who brings her children to the Millbrook branch every Saturday was among the first to sign a petition against the plans on Wednesday evening. Grace Ondaatje said her eldest son had learned to read there. "⟦ondaatje|They have a reading club every week. The van will not have a reading club,⟧" she said.

About 50 people gathered outside the library after it closed for the day, some holding placards reading "⟦-|Books, not budgets.⟧"

The other three branches are smaller. Tolley's library opens two mornings a week and is run mostly by volunteers, who said in a letter to the council that they would be willing to keep it open without paid staff if the council kept paying the rent.

Faraday said the consultation would be open until Feb. 28 and that the council would "⟦faraday|listen to every response.⟧" A final decision is expected in April.
