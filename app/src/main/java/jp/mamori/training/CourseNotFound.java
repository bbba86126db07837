package jp.mamori.training;

import jp.mamori.kernel.NotFound;

/** No such course, or no such assignment of the signed-in person, in the tenant. Shown as 404. */
class CourseNotFound extends NotFound {
    CourseNotFound(Object id) {
        super("training course " + id);
    }
}
