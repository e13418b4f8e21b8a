// title: Results per hardware
// description: Every reported result measured on a piece of hardware, with what it is about: the rows of the results picture (speedups and throughputs per device).
// params:
// example: kg query --name viz_results --format csv
MATCH (x:Result)-[:MEASURED_ON]->(h:Hardware)
OPTIONAL MATCH (x)-[:ABOUT]->(s)
RETURN x.paper AS paper, x.metric AS metric, x.value AS value, x.unit AS unit, x.qualifier AS qualifier,
       h.key AS hardware_key, h.name AS hardware, h.vendor AS vendor, h.architecture AS architecture,
       h.family AS family, h.specific AS specific, h.device_class AS device_class, s.key AS subject_key,
       s.name AS subject
