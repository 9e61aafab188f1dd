"""Five dated articles about one solar park and the trade around it, from proposal to a missed deadline.

The people are invented. The park is proposed in March 2024, agreed at a commission meeting in
September 2024, under construction from April 2025, due by the end of 2026 and suspended in
February 2027; two sources disagree on 2024 trade, and the governments set a target for 2030.
"""

from __future__ import annotations

from accord.documents import SourceDocument

ARTICLES = [
    (
        "proposal.txt",
        "2024-03-12",
        "Solar park idea for Lake Issyk-Kul\n\n"
        "Prime Minister of Kyrgyzstan Temir Asanov held talks with Energy Minister of Kazakhstan Daniyar Seitkali "
        "in Bishkek on 12 March 2024.\n"
        "Asanov proposed building the Issyk-Kul Solar Park, to be completed by the end of 2026.\n"
        "The sides also discussed water supplies and rail freight.",
    ),
    (
        "adoption.txt",
        "2024-09-20",
        "Commission approves solar park\n\n"
        "The Kazakh-Kyrgyz intergovernmental commission held its meeting in Astana on 19 September 2024.\n"
        "At the meeting, Kazakhstan and Kyrgyzstan signed an agreement on the construction of the Issyk-Kul Solar "
        "Park, which is to be completed by the end of 2026.",
    ),
    (
        "construction.txt",
        "2025-04-02",
        "Work starts at Balykchy\n\n"
        "Construction of the Issyk-Kul Solar Park has begun, the Ministry of Energy of Kyrgyzstan said on "
        "2 April 2025.\n"
        "The ministry said trade between Kazakhstan and Kyrgyzstan reached $1.9 billion in 2024.",
    ),
    (
        "trade.txt",
        "2025-05-15",
        "New figures from Astana\n\n"
        "The Kazakh Ministry of Trade said on 15 May 2025 that trade between Kazakhstan and Kyrgyzstan reached "
        "$2.05 billion in 2024.\n"
        "Kazakhstan and Kyrgyzstan aim to bring bilateral trade to $3 billion by 2030, Trade Minister Aigerim "
        "Nurlanova said.",
    ),
    (
        "suspended.txt",
        "2027-02-10",
        "Solar park misses its deadline\n\n"
        "Construction of the Issyk-Kul Solar Park was suspended after a dispute over financing, the Ministry of "
        "Energy of Kyrgyzstan said on 10 February 2027.",
    ),
]
PARK = "Issyk-Kul Solar Park"


def scenario_documents() -> list[SourceDocument]:
    """Return the five articles in the order they were published."""
    return [
        SourceDocument(source=source, text=text, title=text.split("\n")[0], published=published)
        for source, published, text in ARTICLES
    ]
