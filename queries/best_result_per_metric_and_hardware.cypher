// title: Best reported result per metric and hardware
// description: The highest value reported for each metric, unit and hardware the results name.
// params: unit=x
// example: kg query --name best_result_per_metric_and_hardware --param unit=%
MATCH (r:Result)-[:MEASURED_ON]->(h:Hardware)
WHERE r.unit = $unit
RETURN r.metric AS metric, h.name AS hardware, max(r.value) AS best, count(r) AS results
ORDER BY metric, hardware
