note: Statements translated from French, printed between guillemets «…» the way many European outlets do. A company speaking through a written statement is an organization source; a union delegate quoting a minister inside her own words is still the only speaker.
source: morvan
  kind: organization
  name: Chantiers Morvan
  aliases: the company | The shipbuilder
source: le-goff
  kind: person
  name: Yannick Le Goff
  aliases: Chief Executive Yannick Le Goff | Le Goff
source: garnier
  kind: person
  name: Élodie Garnier
  aliases: Garnier | the union’s delegate at the yard
source: saulnier
  kind: person
  name: Benoît Saulnier
  aliases: Industry Minister Benoît Saulnier | Saulnier | the minister
source: kervella
  kind: person
  name: Anaïs Kervella
  aliases: Kervella | The town’s mayor
source: workers
  kind: anonymous
  name: Several workers
  aliases: one welder
  justified: no
---
French shipyard rules out sale as unions fear for 1,800 jobs

PORT-LAVERGNE, France (QW) — The shipbuilder Chantiers Morvan said on Monday that its yard in the Breton port of Port-Lavergne was not for sale, a week after reports that a Norwegian group had made an offer for the site and its 1,800 workers.

«⟦morvan|The Port-Lavergne yard is a strategic site for the group and is not for sale. No negotiations are under way with any buyer,⟧» the company said in a statement in French, adding that its order book was full until 2029.

The statement did not convince the yard’s unions. Élodie Garnier, the union’s delegate at the yard, said the company had given the same assurance two years ago, shortly before it moved its design office to Lyon.

«⟦garnier|They told us then that nothing would change. Three months later, 200 engineers were packing their boxes,⟧» Garnier said at the yard gates, where several hundred workers gathered at the end of the morning shift.

She said the unions had written to Industry Minister Benoît Saulnier asking for a guarantee that the state, which holds a 12 percent stake in the group, would block any sale.

«⟦garnier|The minister told us “patience, the file is on my desk,” and we have been patient for two years. We are asking for a signature, not for patience,⟧» she said.

Saulnier’s ministry did not respond to a request for comment. Speaking to reporters in Paris on Monday afternoon, the minister said the government was «⟦saulnier|following the situation very closely⟧» and would «⟦saulnier|use every tool at its disposal⟧» to keep shipbuilding in Brittany.

Chief Executive Yannick Le Goff, who took over the family-controlled group last year, has said that Port-Lavergne needs new dry docks to compete for the large cruise ships that make up most of the market. According to the company’s annual report, the yard lost 31 million euros last year on two ferries delivered late.

«⟦le-goff|Nobody builds ships for love. We build them because we are good at it, and we intend to stay good at it here,⟧» Le Goff told regional lawmakers in September, in remarks the company published on its website.

The town’s mayor, Anaïs Kervella, said the yard was the reason Port-Lavergne still had a maternity ward, three schools and a railway station. Kervella told the regional newspaper Le Courrier de l’Ouest that she had asked to meet Le Goff before the end of the month.

Several workers at the gate, who declined to be named, said they had learned of the Norwegian offer from the news rather than from management. «⟦workers|We read about our own future on our phones,⟧» one welder said.

The Norwegian group has not commented publicly on the reports.
