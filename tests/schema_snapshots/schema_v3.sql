table entities
  column id INTEGER primary key 1
  column session_id TEXT not null
  column entity_id TEXT
  column label TEXT
  column confidence REAL
  column bbox_json TEXT
  column mask_path TEXT
  column color_hex TEXT
  column area_percent REAL
  column embedding_vector TEXT
  column semantic_label TEXT
  column entity_metadata TEXT
  foreign key (session_id) references sessions (id) on update NO ACTION on delete CASCADE
  autoincrement

table migration_log
  column id INTEGER primary key 1
  column migration_name TEXT not null
  column version_from TEXT
  column version_to TEXT
  column started_at TIMESTAMP default current_timestamp
  column completed_at TIMESTAMP
  column status TEXT
  column error_message TEXT
  column duration_seconds REAL
  column checksum TEXT
  check (status in ('pending', 'in_progress', 'completed', 'failed', 'rolled_back'))
  autoincrement

table orphaned_rows
  column id INTEGER primary key 1
  column source_table TEXT not null
  column source_rowid INTEGER not null
  column row_json TEXT not null
  column quarantined_at TIMESTAMP not null default current_timestamp
  autoincrement

table processing_logs
  column id INTEGER primary key 1
  column session_id TEXT not null
  column log_level TEXT
  column message TEXT
  column timestamp TIMESTAMP default current_timestamp
  foreign key (session_id) references sessions (id) on update NO ACTION on delete CASCADE
  check (log_level in ('debug', 'info', 'warning', 'error'))
  autoincrement

table prompts
  column id INTEGER primary key 1
  column session_id TEXT not null
  column iteration INT
  column positive_prompt TEXT
  column negative_prompt TEXT
  column quality_score REAL
  column generation_time REAL
  column model_confidence REAL
  column generation_parameters TEXT
  foreign key (session_id) references sessions (id) on update NO ACTION on delete CASCADE
  autoincrement

table schema_version
  column id INTEGER primary key 1
  column version TEXT not null
  column applied_at TIMESTAMP default current_timestamp
  column migration_notes TEXT
  autoincrement

table sessions
  column id TEXT primary key 1
  column created_at TIMESTAMP default current_timestamp
  column image_path TEXT not null
  column naive_prompt TEXT not null
  column status TEXT
  column final_alignment_score REAL
  column processing_time REAL
  column model_version TEXT
  column session_tags TEXT
  column updated_at TIMESTAMP
  check (status in ('pending', 'in_progress', 'completed', 'failed', 'cancelled'))

table user_feedback
  column id INTEGER primary key 1
  column session_id TEXT not null
  column feedback_type TEXT
  column comments TEXT
  column rating INT
  column created_at TIMESTAMP default current_timestamp
  foreign key (session_id) references sessions (id) on update NO ACTION on delete CASCADE
  check (feedback_type in ('accept', 'reject', 'partial'))
  check (rating between 1 and 5)
  autoincrement

table validations
  column id INTEGER primary key 1
  column session_id TEXT not null
  column attempt_number INT
  column alignment_score REAL
  column preserved_count INT
  column modified_count INT
  column unintended_count INT
  column user_feedback TEXT
  column processing_details TEXT
  column quality_metrics TEXT
  column validation_metadata TEXT
  foreign key (session_id) references sessions (id) on update NO ACTION on delete CASCADE
  autoincrement

index idx_entities_label on entities (label)

index idx_entities_semantic_label on entities (semantic_label)

index idx_entities_session on entities (session_id)

index idx_processing_logs_session on processing_logs (session_id)

index idx_processing_logs_timestamp on processing_logs (timestamp)

index idx_prompts_generation_time on prompts (generation_time)

index idx_prompts_iteration on prompts (iteration)

index idx_prompts_session on prompts (session_id)

index idx_sessions_created on sessions (created_at desc)

index idx_sessions_model_version on sessions (model_version)

index idx_sessions_processing_time on sessions (processing_time)

index idx_sessions_status on sessions (status)

index idx_user_feedback_rating on user_feedback (rating)

index idx_user_feedback_session on user_feedback (session_id)

index idx_validations_attempt on validations (attempt_number)

index idx_validations_quality_metrics on validations (quality_metrics)

index idx_validations_session on validations (session_id)

trigger sessions_updated_at on sessions
  create trigger sessions_updated_at after update on sessions for each row when new.updated_at is old.updated_at begin update sessions set updated_at = current_timestamp where rowid = new.rowid; end

view session_quality
  select s.id as session_id, s.final_alignment_score, (select avg(p.quality_score) from prompts p where p.session_id = s.id) as avg_prompt_quality, (select avg(v.alignment_score) from validations v where v.session_id = s.id) as avg_validation_score from sessions s

view session_summary
  select s.id, s.created_at, s.image_path, s.naive_prompt, s.status, s.final_alignment_score, (select count(*) from prompts p where p.session_id = s.id) as prompt_count, (select count(*) from entities e where e.session_id = s.id) as entity_count, (select count(*) from validations v where v.session_id = s.id) as validation_count from sessions s
