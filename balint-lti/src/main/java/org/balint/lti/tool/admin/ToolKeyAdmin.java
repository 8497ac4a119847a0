package org.balint.lti.tool.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;
import org.balint.lti.tool.platform.ToolKeys;

/** The admin operations on the tool's keys: list them (never private material) and rotate. */
public final class ToolKeyAdmin {

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

    private ToolKeySet current() {
        return new ToolKeys(ring).current();
    }

    private ToolKeySet rotateNow() {
        return new ToolKeys(ring).rotate(RegistrationAdmin.WHO);
    }

    private static List<ToolKeyView> views(ToolKeySet keys) {
        List<ToolKeyView> views = new ArrayList<>();
        views.add(ToolKeyView.of(keys.active()));
        keys.retired().forEach(k -> views.add(ToolKeyView.of(k)));
        return views;
    }
}
