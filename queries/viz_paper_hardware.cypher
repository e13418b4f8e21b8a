// title: Hardware each paper runs on
// description: One row per paper and piece of hardware its work runs on (whoever runs it: the paper, a method, a model), with the paper's date: the rows of the trends picture.
// params:
// example: kg query --name viz_paper_hardware --format csv
// every runner of a paper (the paper itself, its methods and models) is named by that paper: walking
// from the paper to them keeps the join small; matching each RUNS_ON edge against every paper that
// mentions its hardware took 78 s on a 200,000-paper graph (a GPU is mentioned by most papers)
MATCH (p:Paper)-[:MENTIONS]->(x)-[r:RUNS_ON]->(h:Hardware)
WHERE r.paper = p.id AND EXISTS { MATCH (p)-[:MENTIONS]->(h) }
RETURN DISTINCT r.paper AS paper, p.published AS published, h.key AS hardware_key, h.name AS hardware,
       h.vendor AS vendor, h.architecture AS architecture, h.family AS family, h.specific AS specific,
       h.device_class AS device_class
UNION
MATCH (p:Paper)-[r:RUNS_ON]->(h:Hardware)
WHERE r.paper = p.id AND EXISTS { MATCH (p)-[:MENTIONS]->(h) }
RETURN DISTINCT r.paper AS paper, p.published AS published, h.key AS hardware_key, h.name AS hardware,
       h.vendor AS vendor, h.architecture AS architecture, h.family AS family, h.specific AS specific,
       h.device_class AS device_class
