package org.balint.lti.tool.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;

/** The admin operations on the tool's keys: list them (never private material) and rotate. */
public final class ToolKeyAdmin {

    private static final Logger LOG = Logger.getLogger(ToolKeyAdmin.class.getName());

    private final ToolKeyRing ring;

    /** Operations on {@code ring}. */
    public ToolKeyAdmin(ToolKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /** The active key, then the retired keys still published, most recently retired first. */
    public AdminAnswer list() {
        return AdminAnswer.ok(views(current()));
    }

    /** Makes a new key active now; the previous one stays published for the overlap window. */
    public AdminAnswer rotate() {
        return AdminAnswer.ok(views(rotateNow()));
    }

    /** The keys as the store holds them now. */
    public ToolKeySet current() {
        return ring.refresh();
    }

    /** Makes a new key active now, logged; the previous one stays published for the overlap window. */
    public ToolKeySet rotateNow() {
        String before = ring.refresh().active().kid();
        ring.rotate();
        ToolKeySet after = ring.keys();
        LOG.info(() -> "Admin change by the " + RegistrationAdmin.WHO + ": rotated the tool key from " + before
                + " to " + after.active().kid());
        return after;
    }

    private static List<ToolKeyView> views(ToolKeySet keys) {
        List<ToolKeyView> views = new ArrayList<>();
        views.add(ToolKeyView.of(keys.active()));
        keys.retired().forEach(k -> views.add(ToolKeyView.of(k)));
        return views;
    }
}
