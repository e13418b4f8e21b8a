// title: Hardware each paper runs on
// description: One row per paper and piece of hardware its work runs on (whoever runs it: the paper, a method, a model), with the paper's date: the rows of the trends picture.
// params:
// example: kg query --name viz_paper_hardware --format csv
MATCH (x)-[r:RUNS_ON]->(h:Hardware)
MATCH (p:Paper)-[:MENTIONS]->(h)
WHERE p.id = r.paper
RETURN DISTINCT r.paper AS paper, p.published AS published, h.key AS hardware_key, h.name AS hardware,
       h.vendor AS vendor, h.architecture AS architecture, h.family AS family, h.specific AS specific,
       h.device_class AS device_class
