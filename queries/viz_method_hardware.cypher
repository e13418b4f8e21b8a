// title: Method-hardware statements
// description: Every statement that a method runs on, or is compared with, a piece of hardware, with the hardware's vendor and architecture and the sentence that says it: the rows the field-scale pictures aggregate.
// params:
// example: kg query --name viz_method_hardware --format csv
MATCH (m:Method)-[r:RUNS_ON]->(h:Hardware)
RETURN m.key AS method_key, m.name AS method, 'RUNS_ON' AS relation, h.key AS hardware_key, h.name AS hardware,
       h.vendor AS vendor, h.architecture AS architecture, h.family AS family, h.specific AS specific,
       h.device_class AS device_class, r.paper AS paper, r.sentence AS sentence
UNION ALL
MATCH (m:Method)-[r:COMPARED_WITH]->(h:Hardware)
RETURN m.key AS method_key, m.name AS method, 'COMPARED_WITH' AS relation, h.key AS hardware_key, h.name AS hardware,
       h.vendor AS vendor, h.architecture AS architecture, h.family AS family, h.specific AS specific,
       h.device_class AS device_class, r.paper AS paper, r.sentence AS sentence
