note: A long-form profile translated from French, with guillemets for every quotation and English double marks inside them. The subject, her brother, a former boss and a councillor are named; a former colleague is unnamed for a stated reason; the company speaks through a written answer, and the local paper through a headline. A nickname, a book title and a term in quotation marks are not quotes.
source: deprez
  kind: person
  name: Solange Deprez
  aliases: Deprez | the former engineer
source: julien
  kind: person
  name: Julien Deprez
  aliases: Her brother | Julien
source: maertens
  kind: person
  name: Luc Maertens
  aliases: Maertens | her former manager
source: former-colleague
  kind: anonymous
  name: A former colleague
  aliases: the former colleague
  justified: yes
source: electrona
  kind: organization
  name: Electrona
  aliases: The company
source: local-paper
  kind: organization
  name: the local paper
source: vandamme
  kind: person
  name: Inès Vandamme
  aliases: Vandamme | the city councillor in charge of waste
---
The engineer who quit to teach a town how to fix its toasters

MONT-SAINT-AUBRY, Belgium — On the first Saturday of every month, a queue forms outside the parish hall of Mont-Saint-Aubry before the doors open at nine. People hold kettles, lamps, a sewing machine, a child’s electric car with a broken wheel. Inside, at a long table covered in newspaper, Solange Deprez is already unscrewing the back of a radio.

«⟦deprez|Everything that was screwed together can be unscrewed. That is the whole philosophy. The rest is patience and a good light,⟧» she said, without looking up.

Deprez, 57, spent 22 years as a design engineer at Electrona, the household appliance maker whose factory on the edge of town once employed 1,400 people. Eight years ago she resigned, and the following spring she opened what the local paper called, in a headline she has framed, «⟦local-paper|the hospital for toasters⟧». Her regulars call her «Madame Tournevis», Madame Screwdriver.

Since then, the repair café has grown into a network of 31 volunteer workshops across Wallonia. Volunteers log every object they see. Of the 48,000 items brought in since 2017, a little over 60 percent left working, according to the network’s records.

Her brother, who repairs bicycles at the same table, said she had been taking things apart since she was a child. «⟦julien|Our father gave her a clock for her First Communion. By the evening it was in 40 pieces on the kitchen floor. By Sunday it worked again, and it was five minutes fast for the rest of its life,⟧» Julien Deprez said.

The reasons she left Electrona depend on whom you ask. Deprez says she left over a single part: a plastic gear in the drive of a food processor that, she says, her team was asked to redesign in a cheaper material in 2015.

«⟦deprez|I said at the meeting, “This gear will last three years, maybe four.” And somebody answered, “That is about right.” It was not a joke. Nobody laughed.⟧

«⟦deprez|I went home and I could not sleep. I had spent my whole life making things that lasted. Now my job was to decide how long they should not last,⟧» she said.

Luc Maertens, her former manager, remembers the meeting differently. He said the gear had been tested to the same standard as the part it replaced and that the company had never set out to shorten the life of its products. «⟦maertens|Solange was the best engineer I ever worked with, and she is sincere. But she has turned a cost discussion into a conspiracy,⟧» Maertens said.

A former colleague from the same design office, who asked not to be named because she still works in the appliance industry and fears for her job, said the pressure to cut costs had been relentless in those years. «⟦former-colleague|Nobody ever wrote “make it break.” They wrote “reduce the cost by 12 percent.” If you are an engineer, you know what that means,⟧» the former colleague said.

Electrona, which was bought by a Turkish group in 2019 and now employs about 380 people in Mont-Saint-Aubry, said in a written answer to questions that its products «⟦electrona|are designed and tested to meet or exceed European durability requirements⟧» and that spare parts for its current models were available for at least ten years. The company did not comment on Deprez’s account.

Deprez has written a book about the experience, «Ce qui se dévisse», or «What Can Be Unscrewed», which has sold 40,000 copies in French and is being translated into Dutch. In it, she uses the term «right to repair» sparingly, and mostly with a shrug.

The former engineer insists that the repair café is not a campaign. But the city has noticed. Inès Vandamme, the city councillor in charge of waste, said the volume of small electrical appliances collected at the municipal recycling center had fallen by about a fifth since 2017.

«⟦vandamme|I cannot prove that it is all because of Solange. But I have never seen a recycling figure move like that because of a leaflet,⟧» Vandamme said.

The city now pays the rent on the parish hall and the insurance for the volunteers. Deprez says that is all she wants from politics.

Late in the afternoon, a boy of about ten brought in a handheld game console with a dead screen. Deprez showed him how to open it, where the ribbon cable had come loose, and how to press it back into place with a fingernail. When the screen lit up, the boy looked at her as if she had performed a miracle.

«⟦deprez|That is the only advertising we need,⟧» she said afterward. «⟦deprez|He will open the next one himself. And then he will show his sister.⟧»
