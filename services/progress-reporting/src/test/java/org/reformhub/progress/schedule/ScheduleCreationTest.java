package org.reformhub.progress.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.progress.schedule.application.ManageSchedules;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.progress.testing.Registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new programme's default schedule is made once, however many ask for it at the same moment: the registry's
 * programme event and the office's first change of the schedule used to race, and the loser's request failed (409).
 */
@QuarkusTest
class ScheduleCreationTest {

    @Inject
    ManageSchedules schedules;

    @Test
    void many_first_readers_of_a_new_programmes_schedule_all_get_the_one_schedule() throws Exception {
        String programme = Registry.newProgramme("race");
        int readers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<ReportingSchedule>> read = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                Callable<ReportingSchedule> reader = () -> {
                    start.await();
                    return schedules.of(programme);
                };
                read.add(pool.submit(reader));
            }
            start.countDown();
            for (Future<ReportingSchedule> schedule : read) {
                assertEquals(programme, schedule.get().programme());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, schedules.all().stream().filter(s -> s.programme().equals(programme)).count());
    }
}
