// Imports a GEXF or GraphML file with the Gephi 0.10 toolkit, as Gephi's own "Open" does, and
// prints "nodes N edges M issues K" (edges as Gephi keeps them; its import report's issues above
// it). Run by tools/gephi/read FILE (the toolkit jar from Maven Central).
import java.io.File;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiRead {
    public static void main(String[] args) throws Exception {
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace workspace = pc.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        int issues = 0;
        for (java.util.Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext();) {
            Issue issue = it.next();
            issues++;
            System.out.println("issue " + issue.getLevel() + ": " + issue.getMessage());
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        System.out.println("nodes " + model.getGraph().getNodeCount() + " edges " + model.getGraph().getEdgeCount()
                           + " issues " + issues);
        System.exit(0);
    }
}
