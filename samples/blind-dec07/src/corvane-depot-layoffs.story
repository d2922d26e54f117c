note: A business story in curly quotation marks. The company speaks through a named spokeswoman ("spokeswoman Leena Saar said") and its chief executive through a memo; a union leader is carried by "she" across paragraphs, once after a long quote that opens a paragraph with the attribution at its end. The state auditor speaks through a report ("according to a report by the state auditor"), the transport department as a body, and a depot manager is unnamed because he "was not authorized to speak publicly" (justified). A worker is named; the depot's nickname in quotation marks is not a quote.
source: corvane
  kind: organization
  name: Corvane Transit Systems
  aliases: Corvane | the company
source: saar
  kind: person
  name: Leena Saar
  aliases: spokeswoman Leena Saar | Saar
source: keel
  kind: person
  name: Anton Keel
  aliases: chief executive Anton Keel | Keel
source: santangelo
  kind: person
  name: Brigida Santangelo
  aliases: Santangelo | president of Local 418 of the Rail and Transit Workers’ Union
source: transport-dept
  kind: organization
  name: The state Department of Transportation
  aliases: the department
source: auditor
  kind: organization
  name: the state auditor
  aliases: the auditor
source: depot-manager
  kind: anonymous
  name: A manager at the Aldermoor depot
  aliases: the manager
  justified: yes
source: hollis
  kind: person
  name: Dwayne Hollis
  aliases: Hollis
---
Corvane to cut 410 jobs at Aldermoor depot after losing state rail contract

ALDERMOOR — Corvane Transit Systems will lay off 410 of the 560 workers at its rail maintenance depot in Aldermoor by the end of March, after the state awarded a ten-year, $1.3 billion contract to service its commuter trains to a rival company, Corvane said on Monday.

The layoffs, the largest in the county since the closure of the Fairbeck paper mill in 2016, were announced to workers at a meeting in the depot’s main shed on Monday morning.

“⟦saar|This is a painful day for the company and a far more painful one for the families who depend on the depot,⟧” spokeswoman Leena Saar said. “⟦saar|We will do everything we can to place people in our other sites, but we cannot pretend there are 400 jobs waiting for them.⟧”

Saar said the company would offer severance of two weeks’ pay for every year of service and would keep about 150 workers in Aldermoor to maintain freight locomotives under existing contracts. She said Corvane had not decided whether to appeal the state’s decision.

In a memo to employees on Monday, chief executive Anton Keel wrote that the company had “⟦keel|lost this contract on price, not on quality,⟧” and that its bid had been about 9 percent higher than the winning one from Stellan Rail. “⟦keel|I am proud of the work done in Aldermoor, and I will say so to anyone who asks,⟧” Keel wrote.

The state Department of Transportation said the new contract would save taxpayers about $110 million over its lifetime. “⟦transport-dept|The process was open, competitive and scored by an independent panel,⟧” the department said in a statement.

Brigida Santangelo, president of Local 418 of the Rail and Transit Workers’ Union, which represents most of the depot’s workers, called the decision a betrayal of a town that had built trains for more than a century.

“⟦santangelo|The state saved money on paper. It will spend it again on unemployment checks, on food banks, on empty storefronts on Main Street. Nobody in the capital put that in the spreadsheet, and nobody in the capital will have to drive past the depot when the lights go off,⟧” Santangelo said.

She said the union had asked Stellan Rail to hire Aldermoor workers for the new contract, which will be carried out at a depot about 90 miles away. The company has not replied, she said.

“⟦santangelo|We are not asking for charity. We are asking them to hire people who already know these trains bolt by bolt,⟧” she said.

Questions about the contract had been raised before the award. According to a report by the state auditor published in June, the department had paid Corvane about $14 million in penalty waivers over five years without documenting why. The auditor described the department’s oversight of the old contract as “⟦auditor|inconsistent and largely reactive⟧” and recommended tighter performance targets in the new one.

A manager at the Aldermoor depot, who was not authorized to speak publicly about the layoffs, said staff had expected cuts but not on this scale. “⟦depot-manager|People thought we would lose a shift, maybe two. Nobody thought we would lose the building,⟧” the manager said.

The manager said several younger technicians had already applied for jobs at an aircraft maintenance firm across the state line. Older workers still call the depot “the Works,” a name it has carried since it built steam engines.

Dwayne Hollis, 54, a welder who has worked at the depot for 31 years, stood outside the gate after the meeting with his lunch box under his arm. “⟦hollis|My father worked in that shed. I thought my son might too,⟧” Hollis said. “⟦hollis|Now I am thinking about whether I can sell the house.⟧”

Saar said the first layoff notices would go out on Jan. 15. Asked whether the company regretted its bid, she paused. “⟦saar|We bid what we believed the work was worth,⟧” she said. “⟦saar|We still believe it.⟧”
