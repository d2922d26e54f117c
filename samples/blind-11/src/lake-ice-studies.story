note: Two studies in one science story. The first has a named lead author, so "Dr. Østberg and her colleagues wrote" is her; the second is never credited to a named person, so "the authors wrote" is the study itself, an organization-like source. An outside researcher comments on both. The "reset" in quotation marks is a scare quote, not a quote.
source: ostberg
  kind: person
  name: Maren Østberg
  aliases: Dr. Østberg | Østberg | a limnologist at the Nordic Institute for Freshwater Research
source: second-study
  kind: organization
  name: A separate study
  aliases: the authors | the second study
source: wierzba
  kind: person
  name: Tomasz Wierzba
  aliases: Dr. Wierzba | Wierzba | a freshwater ecologist at the Baltic Institute of Ecology
source: hydrological-service
  kind: organization
  name: the national hydrological service
  aliases: The service
source: kallio
  kind: person
  name: Erkki Kallio
  aliases: Kallio
---
Northern lakes are losing their ice weeks earlier, and the fish are noticing

Lakes across northern Europe now lose their winter ice on average 17 days earlier than they did in the 1970s, and the change has accelerated in the past 15 years, according to a study published Wednesday that drew on records kept by lake wardens, priests and schoolteachers for more than a century.

The study, led by Maren Østberg, a limnologist at the Nordic Institute for Freshwater Research in Trondheim, Norway, combined ice records from 212 lakes in Norway, Sweden, Finland and the Baltic states. Some of the records go back to the 1880s, when the date the ice broke up was written into parish books alongside births and deaths.

"⟦ostberg|These are not instruments, they are people who looked out of the window every spring and wrote down what they saw,⟧" Dr. Østberg said in an interview. "⟦ostberg|That turns out to be one of the best climate records we have.⟧"

The researchers found that the date of the spring breakup had moved earlier at 194 of the 212 lakes. On average, the lakes now freeze about six days later in the autumn as well, so that the ice season is roughly three weeks shorter than it was half a century ago.

"⟦ostberg|The signal is strongest in the smaller and shallower lakes of the south, but it is present almost everywhere we looked,⟧" Dr. Østberg and her colleagues wrote in the journal Freshwater Climate. "⟦ostberg|In a warmer climate, several lakes in our sample would be expected to stay open in most winters by the middle of the century.⟧"

Lake ice matters for more than skaters and ice fishermen. A long, cold winter under the ice works as a kind of "reset" for lakes: it limits the growth of algae and gives cold-water fish such as vendace and Arctic char a season in which they face fewer competitors.

A separate study, published in March, looked at what happens to those fish when the ice leaves early. Using 30 years of survey data from 46 Finnish and Swedish lakes, it found that vendace larvae were hatching as much as two weeks before the plankton they feed on reached its spring peak.

"⟦second-study|In years of early ice-out, the larvae hatch into a lake that is not yet ready to feed them,⟧" the authors wrote. The second study linked that mismatch to catches of vendace that fell by about a quarter in the years after the warmest winters.

"⟦second-study|The timing of ice loss may be as important for these populations as the warming of the water itself,⟧" the authors wrote.

Tomasz Wierzba, a freshwater ecologist at the Baltic Institute of Ecology in Gdańsk who was not involved in either study, said the two papers fitted together.

"⟦wierzba|One tells you the calendar is changing. The other tells you who gets hurt when the calendar changes,⟧" Dr. Wierzba said. "⟦wierzba|Fish cannot read a thermometer. They read day length, and day length has not changed at all.⟧"

He cautioned that historical ice records were not always consistent. "⟦wierzba|Somebody in 1903 might have written down the day the ice went out of the bay in front of his house, not out of the whole lake. But with 212 lakes, those little errors wash out,⟧" he said.

Dr. Østberg said her team had checked the older records against satellite images for the years in which both were available and found that they agreed to within two or three days in most cases.

The national hydrological service, which took over ice monitoring at many of the lakes in the 1960s, said in a statement that it welcomed the use of its archive. The service said it had cut the number of lakes where ice is measured by hand from 90 to 35 since 2010 and was relying increasingly on satellites.

"⟦ostberg|That worries me a little,⟧" Dr. Østberg said. "⟦ostberg|The satellite sees the lake. The warden sees the lake and the people on it.⟧"

On Lake Iso-Järvi in central Finland, where the ice went out on April 9 this year, almost a month earlier than the long-term average, Erkki Kallio, who has run an ice-fishing guide service there since 1991, said he had stopped taking bookings after mid-March.

"⟦kallio|When I started, we fished until the first of May. Now I spend March looking at the ice and hoping nobody is stupid,⟧" Kallio said.
