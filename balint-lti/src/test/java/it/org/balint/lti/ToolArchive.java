package it.org.balint.lti;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged tool (the WAR this build produced), as Arquillian deploys it on a node. */
final class ToolArchive {

    private ToolArchive() {
    }

    /** The WAR, served at the context root {@code /} like the tool in production. */
    static WebArchive packaged() {
        File war = new File(ToolOnLiberty.required("balint.it.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No packaged tool at " + war + "; run the integration tests through Maven (mvn verify).");
        }
        return ShrinkWrap.create(ZipImporter.class, "balint-lti.war").importFrom(war).as(WebArchive.class)
                .addAsWebInfResource(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee" version="1.0">
                            <context-root uri="/"/>
                        </web-ext>
                        """), "ibm-web-ext.xml");
    }
}
