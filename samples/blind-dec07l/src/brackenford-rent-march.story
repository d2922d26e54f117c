note: Housing protest in British style: curly single quotation marks as the outer mark, curly apostrophes, double marks nested inside a quote, punctuation outside partial quotes. A chant, a placard and a chant shouted by "a group near the front" (all three with no source); the tenants' union chair named and carried by "she", with a partial quote; a care worker identified only by her first name, with a stated reason (anonymous, justified), whose quote holds her landlord's words in double marks (they belong to her quote); a councillor carried by "he" and "Mr Oduya"; the landlords' association as a body (partial quote, then "the association said"); a police spokeswoman who is not named (anonymous, no reason: unjustified); a letting agent who "asked not to be named" (unjustified); a pensioner named in the tag after his quote.
source: achterberg
  kind: person
  name: Rosalind Achterberg
  aliases: Achterberg | Ms Achterberg | chair of the Brackenford Tenants’ Union
source: dagny
  kind: anonymous
  name: a care worker in her forties who gave her name only as Dagny
  aliases: Dagny
  justified: yes
source: oduya
  kind: person
  name: Hamish Oduya
  aliases: Councillor Hamish Oduya | Mr Oduya | Oduya
source: landlords
  kind: organization
  name: The Brackenford and District Landlords’ Association
  aliases: the association
source: police-spox
  kind: anonymous
  name: A police spokeswoman
  justified: no
source: agent
  kind: anonymous
  name: A letting agent in the city
  justified: no
source: tulliver
  kind: person
  name: Frank Tulliver
  aliases: Tulliver
---
Thousands march in Brackenford as rents outpace wages

Thousands of tenants marched through the centre of Brackenford on Saturday to demand a cap on rent increases, in the largest protest over housing that the city has seen in a generation.

Organisers put the crowd at 12,000. Brackenford Police said about 7,500 people had taken part and that there had been no arrests. A police spokeswoman said the march had been ‘⟦police-spox|good-natured from start to finish⟧’.

The march set off from Tanner’s Green shortly after noon and wound past the new apartment blocks on the riverside, where marchers stopped to chant ‘⟦-|Homes, not profits!⟧’ beneath the balconies. One woman pushing a pram carried a cardboard placard that read: ‘⟦-|My rent went up 31%. Did your wages?⟧’

Rosalind Achterberg, chair of the Brackenford Tenants’ Union, which organised the march, told the crowd outside the Guildhall that rents in the city had risen by 38 per cent in four years while average pay had risen by 14 per cent.

‘⟦achterberg|We are not asking for charity. We are asking to be able to live in the city we work in,⟧’ she said. ‘⟦achterberg|Nurses, bus drivers, the people who clean these offices at night — they are being priced out, street by street.⟧’

She said the union wanted the council to press the government for powers to cap annual rises at the rate of inflation, and to license every private landlord in the city. Landlords who failed to deal with damp and mould, she said, should be ‘⟦achterberg|named, shamed and fined until it hurts⟧’.

Among the marchers was a care worker in her forties who gave her name only as Dagny, because she feared that her landlord would not renew her tenancy if he saw her name in the paper. She said the rent on her two-bedroom flat in the Millrace district had gone from £950 to £1,310 a month since 2022.

‘⟦dagny|I work nights, and my daughter does her homework in a room with black mould on the ceiling,⟧’ Dagny said. ‘⟦dagny|When I asked him to fix it, he said, “There are forty people who’d take this flat tomorrow.” He was right. That’s what frightens me.⟧’

Councillor Hamish Oduya, the council’s cabinet member for housing, met the marchers on the Guildhall steps. He said the council shared their anger but had no legal power to cap rents.

‘⟦oduya|If I could sign a rent cap this afternoon, I would sign it on the bonnet of a police car,⟧’ Mr Oduya said. ‘⟦oduya|I can’t. What I can do is go after the worst landlords, and we are.⟧’

He said the council had served 212 improvement notices on private landlords in the past year, twice as many as the year before, and would vote next month on a city-wide licensing scheme that would require landlords to register every property and pass a safety inspection.

Some in the crowd jeered. ‘⟦-|Cap it now!⟧’ a group near the front shouted, until Ms Achterberg took the microphone again and asked them to let him finish.

The Brackenford and District Landlords’ Association said in a statement that a rent cap would ‘⟦landlords|drive small landlords out of the market and leave tenants with fewer homes, not cheaper ones⟧’.

‘⟦landlords|Most of our members own one or two properties and have seen their own mortgage costs double,⟧’ the association said. ‘⟦landlords|Rents have risen because there are not enough homes. The answer is to build them.⟧’

A letting agent in the city, who asked not to be named, said demand was the highest he had seen in 20 years in the trade. ‘⟦agent|We had a one-bed in Millrace last month with 96 enquiries in a single day,⟧’ he said. ‘⟦agent|Landlords don’t need to lower anything. They just pick.⟧’

Figures published by the city council in October showed that the number of households in temporary accommodation in Brackenford had risen to 1,840, from 1,120 two years earlier, and that the average wait for a council home was now more than six years.

‘⟦tulliver|I marched for the miners in 1984 and I thought that was my last march,⟧’ said Frank Tulliver, 71, who has rented the same flat on Cooper Row since 1986 and now faces an increase of £200 a month. ‘⟦tulliver|Turns out I had one more in me.⟧’

The union has called a second march for March, to coincide with the council’s vote on licensing. Asked about the police estimate of the crowd, Achterberg laughed. ‘⟦achterberg|They can count us however they like,⟧’ she said. ‘⟦achterberg|We’ll be back with more.⟧’
