package org.balint.lti.tool.platform;

import java.util.Objects;
import java.util.logging.Logger;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;

/**
 * The tool's keys as the tool operator manages them (the admin API and the operator's page): read them
 * as the store holds them now, and rotate now, logged with who did it. Rotation is tool-wide: every
 * platform trusts the one key set.
 */
public final class ToolKeys {

    private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());

    private final ToolKeyRing ring;

    /** The keys of {@code ring}. */
    public ToolKeys(ToolKeyRing ring) {
        this.ring = Objects.requireNonNull(ring, "ring");
    }

    /** The keys as the store holds them now: the active key and the retired keys still published. */
    public ToolKeySet current() {
        return ring.refresh();
    }

    /**
     * Makes a new key active now; the previous one stays published for the overlap window.
     *
     * @param who who asked, for the log (never a secret)
     */
    public ToolKeySet rotate(String who) {
        Objects.requireNonNull(who, "who");
        String before = ring.refresh().active().kid();
        ring.rotate();
        ToolKeySet after = ring.keys();
        LOG.info(() -> "Admin change by the " + who + ": rotated the tool key from " + before + " to "
                + after.active().kid());
        return after;
    }
}
