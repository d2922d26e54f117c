note: A business and labor story in curly marks. The chief executive speaks through a memo (quoted, with a split sentence); a company spokesman is named; a union leader is introduced once and then carried by "she" across several paragraphs, including after another speaker's quote; two employees are anonymous without a stated reason ("who asked not to be named", "another worker, who also declined to give her name"), both unjustified; the scheduling app's name in quotation marks is not a quote.
source: lisle
  kind: person
  name: Corbin Lisle
  aliases: chief executive Corbin Lisle | Lisle
source: meridel
  kind: organization
  name: Meridel Foods
  aliases: Meridel | the company
source: okafor
  kind: person
  name: Daniel Okafor
  aliases: spokesman Daniel Okafor | Okafor
source: drozd
  kind: person
  name: Halina Drozd
  aliases: Drozd | president of Bakery and Confectionery Workers Local 22
source: mixer
  kind: anonymous
  name: A night-shift mixer at the Brockfield plant
  aliases: the mixer
  justified: no
source: packer
  kind: anonymous
  name: Another worker, a packer on the day shift
  aliases: the packer
  justified: no
---
Bakery workers push back as Meridel Foods moves shifts to an app

BROCKFIELD — Workers at Meridel Foods’ largest bread plant say a new scheduling system that assigns shifts by smartphone has left some of them with less than a day’s notice of when they will work, and their union said on Tuesday that it would file a grievance.

Meridel, which makes sliced bread and rolls sold in supermarkets across four states, began using the system at its Brockfield plant in October. Shifts are now posted and swapped through an app the company calls “ShiftBoard,” and the company says the system has cut overtime costs by about 12 percent.

In a memo to the plant’s 640 employees last week, chief executive Corbin Lisle wrote that the change was “⟦lisle|about fairness and visibility, not about squeezing anyone.⟧” “⟦lisle|For the first time,⟧” he wrote, “⟦lisle|every one of you can see every open shift at the same moment your supervisor does.⟧”

Lisle wrote that the company would review the system in March and invited workers to send suggestions to a dedicated email address.

Halina Drozd, president of Bakery and Confectionery Workers Local 22, which represents about 500 of the plant’s workers, said that memo did not describe the plant her members work in.

“⟦drozd|They can see every open shift, sure. At eleven o’clock at night, for a shift that starts at five in the morning,⟧” Drozd said. “⟦drozd|You can’t arrange child care in six hours. You can’t arrange anything.⟧”

She said the union’s contract required schedules to be posted at least seven days in advance and that the company had not consulted the union before introducing the app. The grievance would be filed by Friday, she said.

The company disputes that the contract has been broken. “⟦okafor|Core schedules are still posted two weeks ahead. The app handles extra shifts and swaps, which used to be done with a paper sheet on a corkboard,⟧” spokesman Daniel Okafor said.

She rejected that distinction. “⟦drozd|When half of the hours in a week are ‘extra,’ they are not extra anymore,⟧” she said. “⟦drozd|They are the schedule.⟧”

Drozd said she had asked Meridel for figures on how many hours had been assigned through the app since October and had not received them.

Several workers described scrambling to claim shifts as soon as they appeared. A night-shift mixer at the Brockfield plant, who asked not to be named, said workers now slept with their phones on the pillow.

“⟦mixer|The first one to tap gets the hours. If you’re in the shower, you lose,⟧” the mixer said.

Another worker, a packer on the day shift who also declined to give her name, said she had welcomed the app at first because it let her swap shifts without asking a supervisor. “⟦packer|It was nice for about two weeks,⟧” the packer said. “⟦packer|Then the regular hours started disappearing into it.⟧”

Meridel reported a profit of $41 million in its most recent quarter, up from $29 million a year earlier, and has said it plans to introduce the app at its two other plants next year.

Drozd said the union would ask members at those plants to refuse to download it. “⟦drozd|We are not against phones,⟧” she said. “⟦drozd|We are against finding out on Tuesday night that we don’t have a Wednesday.⟧”
