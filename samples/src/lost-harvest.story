note: Curly quotation marks throughout, a headline that quotes two words between single marks, and a quote that runs over two paragraphs. Watch the apostrophes (farmers’, ‘90s, don’t): they look like quote marks but are not.
source: almendarez
  kind: person
  name: Rocío Almendárez
  aliases: Almendárez | Farmers’ union chief | The head of the largest farmers’ union
source: water-authority
  kind: organization
  name: The regional water authority
source: met-agency
  kind: organization
  name: the national meteorological agency
  aliases: The agency
source: hotel-associations
  kind: organization
  name: Hotel owners’ associations
source: ebri
  kind: person
  name: Tomás Ebrí
  aliases: Ebrí
source: agriculture-ministry
  kind: organization
  name: The regional agriculture ministry
source: ministry-spokeswoman
  kind: anonymous
  name: A ministry spokeswoman
  justified: no
---
Farmers’ union chief warns of ‘⟦almendarez|lost harvest⟧’ as Valdecruz drought deepens

VALDECRUZ, Spain (QW) — The head of the largest farmers’ union in the southern province of Valdecruz warned on Thursday that growers faced a “⟦almendarez|lost harvest⟧” unless the regional government released water held behind the Sordo dam, as the province entered its eleventh month without significant rain.

Rocío Almendárez, who has led the Valdecruz Farmworkers’ Union since 2016, said wheat and barley yields were on course to be the lowest since records began in the 1940s.

“⟦almendarez|We have had dry years before. In the ‘90s we lost half a crop twice, and people still talk about it,⟧” she told reporters at a cooperative warehouse outside the town of Almizara. “⟦almendarez|This is different. The ground is cracked a hand deep, and the wells our grandfathers dug are giving sand.⟧”

“⟦almendarez|Nobody in Madrid wants to hear this, but I will say it anyway: if the water does not come by the end of the month, there is nothing left to save.⟧

“⟦almendarez|The barley is already gone. The olives can wait a little, because an olive tree is stubborn, but a tree that gives no fruit for two years does not pay anyone’s mortgage. Young people see that, and they don’t stay,⟧” Almendárez said.

The regional water authority, which manages the dam, said in a statement that releasing more water now would “⟦water-authority|put drinking supplies for 300,000 people at risk⟧” if the drought continued into the spring.

According to the national meteorological agency, rainfall across the province since last October has been 38 percent of the long-term average. The agency said on Monday that it expected “⟦met-agency|no meaningful relief⟧” before December.

The shortage has sharpened an old rivalry between inland growers and the coastal resorts that draw on the same aquifer. Hotel owners’ associations have said that any cut to their supply in the summer would cost thousands of seasonal jobs.

Almendárez dismissed that argument. “⟦almendarez|They talk about towels and swimming pools,⟧” she said. “⟦almendarez|We talk about whether there will be bread.⟧”

Her union last year published a report titled “Dry Ground, Empty Villages,” which counted 41 villages in the province that had lost more than a third of their people since 2000.

At the warehouse, Tomás Ebrí, 62, who grows barley on 40 hectares near Almizara, said he had sold half his sheep in August because he could no longer afford feed.

“⟦ebri|My father told me, ‘The land always comes back,’ and I believed him for fifty years,⟧” Ebrí said. “⟦ebri|This year I’m not so sure.⟧”

The regional agriculture ministry has promised emergency payments of 120 euros per hectare for rain-fed cereals. A ministry spokeswoman, who declined to be named, said the first payments would arrive “⟦ministry-spokeswoman|within weeks.⟧”

Almendárez said that was too little and too late. The union has called a tractor protest in the provincial capital for next Friday.

“⟦almendarez|We are not asking for charity,⟧” she said. “⟦almendarez|We are asking for the water that is already ours.⟧”
