package io.newsaggregator.app.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the statements prepared or created on the connections of a data source, in total and by
 * the start of their SQL text (enough to tell one statement of the analyse path from another), and
 * the time the prepared ones spend executing, by the same shape.
 */
final class StatementCounter {
    private static final int SHAPE_LENGTH = 60;

    private final DataSource target;
    private final AtomicLong statements = new AtomicLong();
    private final Map<String, LongAdder> byShape = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosByShape = new ConcurrentHashMap<>();

    StatementCounter(DataSource target) {
        this.target = target;
    }

    long count() {
        return statements.get();
    }

    /** Statements counted so far per SQL shape (its first characters, without the schema name). */
    Map<String, Long> byShape() {
        Map<String, Long> snapshot = new TreeMap<>();
        byShape.forEach((shape, count) -> snapshot.put(shape, count.sum()));
        return snapshot;
    }

    /** Seconds spent executing prepared statements so far, per SQL shape (result reading not included). */
    Map<String, Double> secondsByShape() {
        Map<String, Double> snapshot = new TreeMap<>();
        nanosByShape.forEach((shape, nanos) -> snapshot.put(shape, nanos.sum() / 1e9));
        return snapshot;
    }

    void reset() {
        statements.set(0);
        byShape.clear();
        nanosByShape.clear();
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                        statements.incrementAndGet();
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : name;
                        String shape = shape(sql);
                        byShape.computeIfAbsent(shape, k -> new LongAdder()).increment();
                        Object statement = invoke(connection, method, args);
                        return name.equals("prepareStatement") ? timing((PreparedStatement) statement, shape) : statement;
                    }
                    return invoke(connection, method, args);
                });
    }

    private PreparedStatement timing(PreparedStatement statement, String shape) {
        LongAdder nanos = nanosByShape.computeIfAbsent(shape, k -> new LongAdder());
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (!method.getName().startsWith("execute")) {
                        return invoke(statement, method, args);
                    }
                    long start = System.nanoTime();
                    try {
                        return invoke(statement, method, args);
                    } finally {
                        nanos.add(System.nanoTime() - start);
                    }
                });
    }

    private static String shape(String sql) {
        String plain = sql.replaceAll("\"?[A-Za-z0-9_]+\"?\\.", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= SHAPE_LENGTH ? plain : plain.substring(0, SHAPE_LENGTH);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
