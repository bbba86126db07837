package jp.mamori.web;

import java.util.List;

import jp.mamori.access.CurrentUser;

/** A module's contribution to the home dashboard: figures within the user's tenant and reach. */
public interface DashboardSource {

    /** Figures for this user; empty when the user may not see the module's records. */
    List<DashboardFigure> figures(CurrentUser user);
}
