// title: Hardware generations in use
// description: Papers per catalog architecture (e.g. Hopper vs Ampere) of the hardware their work runs on.
// params:
// example: kg query --name hardware_generations
MATCH (x)-[r:RUNS_ON]->(h:Hardware)
WHERE h.architecture IS NOT NULL
RETURN h.architecture AS architecture, count(DISTINCT r.paper) AS papers, count(DISTINCT h) AS products
ORDER BY papers DESC, architecture
